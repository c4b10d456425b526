"""The wizard's "not saved: …" reason for a store fault is short and in the user's language."""

from ecoassess.errors import StorageError, bilingual
from ecoassess.storage.save_errors import save_failure


def test_a_database_fault_reads_as_its_cause_not_the_whole_store_message():
    fault = StorageError("store.db_fault", path="/data/ecoassess.sqlite3", detail=bilingual("os.disk_full"))
    th, en = save_failure(fault, "th"), save_failure(fault, "en")
    assert "ดิสก์เต็ม" in th and "/data" not in th
    assert "the disk is full" in en and "not damaged" not in en
