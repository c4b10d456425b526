"""The dossier PDF: Thai/English, searchable Thai, evidence index (ReportLab, no Qt)."""
