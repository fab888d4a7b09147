import pytest


@pytest.fixture
def vocabulary(transactional_db):
    """Actors and sectors for browser tests: transactional tests empty every table
    afterwards, the migrated vocabulary included."""
    from timeline.models import Actor, Sector
    from timeline.vocabulary import load_vocabulary

    load_vocabulary(Actor, Sector)
