"""PDF metadata of the dossier: the as-of time as creation and modification date, and XMP."""

from __future__ import annotations

from datetime import datetime
from xml.sax.saxutils import escape


class AsOfStamp:
    """What ReportLab reads from its TimeStamp: the as-of time instead of 1 January 2000."""

    def __init__(self, when: datetime):
        if when.tzinfo is None:
            when = when.astimezone()
        offset = when.utcoffset() or (when - when)
        minutes = int(offset.total_seconds() // 60)
        self.t = when.timestamp()
        self.YMDhms = (when.year, when.month, when.day, when.hour, when.minute, when.second)
        self.dhh, self.dmm = int(minutes / 60), abs(minutes) % 60
        self.tzname = when.tzname() or "UTC"


def iso(when: datetime) -> str:
    return (when if when.tzinfo else when.astimezone()).isoformat(timespec="seconds")


def xmp_packet(*, title: str, author: str, subject: str, lang: str, doc_id: str,
               when: datetime) -> str:
    """An XMP packet with the title and language (Dublin Core), dates and the document id."""
    stamp = iso(when)
    uuid = "uuid:" + doc_id.lower()
    e = escape
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{e(title)}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>{e(author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{e(subject)}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>{e(lang)}</rdf:li></rdf:Bag></dc:language>
<dc:identifier>{e(doc_id)}</dc:identifier>
<xmp:CreateDate>{stamp}</xmp:CreateDate>
<xmp:ModifyDate>{stamp}</xmp:ModifyDate>
<xmp:MetadataDate>{stamp}</xmp:MetadataDate>
<xmp:CreatorTool>ecoassess</xmp:CreatorTool>
<xmpMM:DocumentID>{uuid}</xmpMM:DocumentID>
<xmpMM:InstanceID>{uuid}</xmpMM:InstanceID>
<pdf:Producer>ecoassess</pdf:Producer>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


