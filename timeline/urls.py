from django.urls import path, re_path

from timeline import editor_views, exports, views

urlpatterns = [
    path("", views.timeline, name="timeline"),
    path("events/<int:pk>/", views.event_detail, name="event-detail"),
    path("story/", views.story, name="story"),
    path("events.json", exports.events_json, name="events-json"),
    path("events.timelinejs.json", exports.events_timelinejs, name="events-timelinejs"),
    path("events.csv", exports.events_csv, name="events-csv"),
    path("events.ics", exports.events_ics, name="events-ics"),
    path("events.atom", exports.events_atom, name="events-atom"),
    path(
        "articles/<int:pk>/sentences/<int:start>-<int:end>/new-event/",
        editor_views.new_event,
        name="sentence-new-event",
    ),
    path(
        "articles/<int:pk>/sentences/<int:start>-<int:end>/add-to-event/",
        editor_views.add_to_event,
        name="sentence-add-to-event",
    ),
    re_path(
        r"^editing/(?P<kind>actors|sectors)/$",
        editor_views.vocabulary_suggestions,
        name="vocabulary-suggestions",
    ),
    re_path(
        r"^editing/(?P<kind>actors|sectors)/choice/$",
        editor_views.vocabulary_choice,
        name="vocabulary-choice",
    ),
]
