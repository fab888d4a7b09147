from django import template

from articles.languages import language_name, text_direction

register = template.Library()
register.filter("language_name", language_name)
register.filter("text_direction", text_direction)
