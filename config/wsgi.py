import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
application = get_wsgi_application()
# What Django loaded lives as long as the worker: kept out of the garbage collector's full
# collections, which otherwise walk it all (about 120,000 objects, some 100 ms a time).
gc.freeze()
