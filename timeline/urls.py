from django.urls import path

from timeline import exports, views

urlpatterns = [
    path("", views.timeline, name="timeline"),
    path("events/<int:pk>/", views.event_detail, name="event-detail"),
    path("story/", views.story, name="story"),
    path("events.json", exports.events_json, name="events-json"),
    path("events.timelinejs.json", exports.events_timelinejs, name="events-timelinejs"),
    path("events.csv", exports.events_csv, name="events-csv"),
    path("events.ics", exports.events_ics, name="events-ics"),
    path("events.atom", exports.events_atom, name="events-atom"),
]
