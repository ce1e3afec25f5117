"""The model's one __repr__ (model._Record) says what dataclasses' generated ones said:
each field by name, nested records and lists in full."""

import datetime as dt

from announcer.model import Announcement, Guest, Publication


def test_a_record_is_written_as_its_class_and_fields():
    guest = Guest(name="مریم", role="دبیر", days=[1, 2])
    assert repr(guest) == "Guest(name='مریم', role='دبیر', days=[1, 2], plural=False)"


def test_nested_records_are_written_in_full():
    model = Announcement(publication=Publication(bulletin="انترناسیونال", issue=223, date=dt.date(2007, 12, 21)))
    assert repr(model).startswith("Announcement(letterhead=Letterhead(image='', height_mm=20, lines=[]), "
                                  "publication=Publication(bulletin='انترناسیونال', issue=223, "
                                  "date=datetime.date(2007, 12, 21), ")
