<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ecoassess</source>
        <translation>About ecoassess</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>&amp;Licences…</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>Pick the gaps the factory will close; give each an owner, a due date and a status.</source>
        <translation>Pick the gaps the factory will close; give each an owner, a due date and a status.</translation>
    </message>
    <message>
        <source>Open gaps (most points first):</source>
        <translation>Open gaps (most points first):</translation>
    </message>
    <message>
        <source>Open gaps</source>
        <translation>Open gaps</translation>
    </message>
    <message>
        <source>&amp;Add to the plan</source>
        <translation>&amp;Add to the plan</translation>
    </message>
    <message>
        <source>&amp;Remove from the plan</source>
        <translation>&amp;Remove from the plan</translation>
    </message>
    <message>
        <source>The plan:</source>
        <translation>The plan:</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(in the plan) %1</source>
        <translation>(in the plan) %1</translation>
    </message>
    <message>
        <source>criterion %1: %2</source>
        <translation>criterion %1: %2</translation>
    </message>
    <message>
        <source>This gap is already in the plan</source>
        <translation>This gap is already in the plan</translation>
    </message>
    <message>
        <source>Remove this action from the plan?

%1: %2</source>
        <translation>Remove this action from the plan?

%1: %2</translation>
    </message>
    <message>
        <source>Its owner, due date and status go with it.</source>
        <translation>Its owner, due date and status go with it.</translation>
    </message>
    <message>
        <source>Remove from the plan</source>
        <translation>Remove from the plan</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>AddItemDialog</name>
    <message>
        <source>Add a requirement item</source>
        <translation>Add a requirement item</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Title (Thai)</source>
        <translation>Title (Thai)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Title (English)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Maximum points</source>
        <translation>Maximum points</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>&amp;Presentation mode (larger text)</source>
        <translation>&amp;Presentation mode (larger text)</translation>
    </message>
    <message>
        <source>Cannot open the assessment</source>
        <translation>Cannot open the assessment</translation>
    </message>
</context>
<context>
    <name>AssessmentWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>&amp;Pages</translation>
    </message>
    <message>
        <source>Next unanswered</source>
        <translation>Next unanswered</translation>
    </message>
    <message>
        <source>Go to the next item not answered yet (Ctrl+J)</source>
        <translation>Go to the next item not answered yet (Ctrl+J)</translation>
    </message>
    <message>
        <source>Close this assessment (Ctrl+W); everything is saved</source>
        <translation>Close this assessment (Ctrl+W); everything is saved</translation>
    </message>
    <message>
        <source>Show or hide the list of pages (Ctrl+L)</source>
        <translation>Show or hide the list of pages (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>BackupExtras</name>
    <message>
        <source>&amp;Full backup (data and evidence) to a file…</source>
        <translation>&amp;Full backup (data and evidence) to a file…</translation>
    </message>
    <message>
        <source>No full backup of the data and evidence in the last 30 days. Keep one on another disk or a USB drive: this computer's disk can fail.</source>
        <translation>No full backup of the data and evidence in the last 30 days. Keep one on another disk or a USB drive: this computer's disk can fail.</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <source>Full backup</source>
        <translation>Full backup</translation>
    </message>
    <message>
        <source>Backing up the data and evidence…</source>
        <translation>Backing up the data and evidence…</translation>
    </message>
    <message>
        <source>Full backup failed</source>
        <translation>Full backup failed</translation>
    </message>
    <message>
        <source>Full backup written: %1</source>
        <translation>Full backup written: %1</translation>
    </message>
    <message>
        <source>Written, but %1 evidence files are missing or altered in the data folder and are not in it: %2</source>
        <translation>Written, but %1 evidence files are missing or altered in the data folder and are not in it: %2</translation>
    </message>
    <message>
        <source>Full backups (*.ecoassess-backup)</source>
        <translation>Full backups (*.ecoassess-backup)</translation>
    </message>
</context>
<context>
    <name>BuddhistDateEdit</name>
    <message>
        <source>not a date: use day/month/year</source>
        <translation>not a date: use day/month/year</translation>
    </message>
    <message>
        <source>%1 is a Buddhist-Era year: taken as %2 (Common Era)</source>
        <translation>%1 is a Buddhist-Era year: taken as %2 (Common Era)</translation>
    </message>
    <message>
        <source>%1 is a Common-Era year: taken as B.E. %2</source>
        <translation>%1 is a Common-Era year: taken as B.E. %2</translation>
    </message>
    <message>
        <source>dd/mm/yyyy (B.E.)</source>
        <translation>dd/mm/yyyy (B.E.)</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Choose from a calendar</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Year (B.E.)</source>
        <translation>Year (B.E.)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
</context>
<context>
    <name>CertificationRow</name>
    <message>
        <source>ISO 14001</source>
        <translation>ISO 14001</translation>
    </message>
    <message>
        <source>Eco Factory</source>
        <translation>Eco Factory</translation>
    </message>
    <message>
        <source>Green Industry</source>
        <translation>Green Industry</translation>
    </message>
    <message>
        <source>White Flag Green Star (green star)</source>
        <translation>White Flag Green Star (green star)</translation>
    </message>
    <message>
        <source>White Flag Green Star (gold star)</source>
        <translation>White Flag Green Star (gold star)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>CSR-DIW</source>
        <translation>CSR-DIW</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <source>level or name</source>
        <translation>level or name</translation>
    </message>
    <message>
        <source>Level or name of the certificate</source>
        <translation>Level or name of the certificate</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>CertificationsEditor</name>
    <message>
        <source>Add a &amp;certification</source>
        <translation>Add a &amp;certification</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Show only criteria that changed</source>
        <translation>Show only criteria that changed</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Then: %1 · Now: %2</source>
        <translation>Then: %1 · Now: %2</translation>
    </message>
    <message>
        <source>Total: %1 of %2 (%3 %) → %4 of %5 (%6 %), change %7</source>
        <translation>Total: %1 of %2 (%3 %) → %4 of %5 (%6 %), change %7</translation>
    </message>
    <message>
        <source>Verdict: %1 → %2</source>
        <translation>Verdict: %1 → %2</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Comparison: %1, %2</source>
        <translation>Comparison: %1, %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>year %1</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>answers: %1</source>
        <translation>answers: %1</translation>
    </message>
    <message>
        <source>not applicable changed</source>
        <translation>not applicable changed</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>evidence %1 → %2</source>
        <translation>evidence %1 → %2</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>This assessment is already here</source>
        <translation>This assessment is already here</translation>
    </message>
    <message>
        <source>%1, year %2</source>
        <translation>%1, year %2</translation>
    </message>
    <message>
        <source>The file holds an assessment that is already on this computer: %1.</source>
        <translation>The file holds an assessment that is already on this computer: %1.</translation>
    </message>
    <message>
        <source>Keep both: the file comes in as a new copy. Replace: the one here is replaced by the file's, answers, evidence and history included (the data is backed up first).</source>
        <translation>Keep both: the file comes in as a new copy. Replace: the one here is replaced by the file's, answers, evidence and history included (the data is backed up first).</translation>
    </message>
    <message>
        <source>Assessment id: %1</source>
        <translation>Assessment id: %1</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>CriterionPage</name>
    <message>
        <source>criterion %1: %2</source>
        <translation>criterion %1: %2</translation>
    </message>
    <message>
        <source>Criterion %1: %2</source>
        <translation>Criterion %1: %2</translation>
    </message>
    <message>
        <source>draft criterion: verify against the official FTI criteria</source>
        <translation>draft criterion: verify against the official FTI criteria</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidence: %1</translation>
    </message>
    <message>
        <source>Help on %1</source>
        <translation>Help on %1</translation>
    </message>
    <message>
        <source>Help (F1)</source>
        <translation>Help (F1)</translation>
    </message>
    <message>
        <source>What this criterion means, the terms it uses, and where the help comes from</source>
        <translation>What this criterion means, the terms it uses, and where the help comes from</translation>
    </message>
    <message>
        <source>How points are given</source>
        <translation>How points are given</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>This criterion does not apply to the factory (N/A)</source>
        <translation>This criterion does not apply to the factory (N/A)</translation>
    </message>
    <message>
        <source>Justification (required for N/A)</source>
        <translation>Justification (required for N/A)</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Carried over from the previous assessment: check the answers, then press Next to confirm.</source>
        <translation>Carried over from the previous assessment: check the answers, then press Next to confirm.</translation>
    </message>
    <message>
        <source>Give a justification before moving on: N/A must be explained.</source>
        <translation>Give a justification before moving on: N/A must be explained.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>File name:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>DimensionsPanel</name>
    <message>
        <source>Edit the mapping…</source>
        <translation>Edit the mapping…</translation>
    </message>
    <message>
        <source>Back to the app's draft mapping</source>
        <translation>Back to the app's draft mapping</translation>
    </message>
</context>
<context>
    <name>EstateActions</name>
    <message>
        <source>Importing the factories' files…</source>
        <translation>Importing the factories' files…</translation>
    </message>
    <message>
        <source>No .ecoassess files in %1</source>
        <translation>No .ecoassess files in %1</translation>
    </message>
    <message>
        <source>Importing the folder…</source>
        <translation>Importing the folder…</translation>
    </message>
    <message>
        <source>There is no assessment on this computer yet.</source>
        <translation>There is no assessment on this computer yet.</translation>
    </message>
    <message>
        <source>Taking the assessments in…</source>
        <translation>Taking the assessments in…</translation>
    </message>
    <message>
        <source>Delete the estate</source>
        <translation>Delete the estate</translation>
    </message>
    <message>
        <source>Delete the estate %1 with its %2 snapshots of %3 factories?</source>
        <translation>Delete the estate %1 with its %2 snapshots of %3 factories?</translation>
    </message>
    <message>
        <source>The database is backed up first; the factories' own files are not touched.</source>
        <translation>The database is backed up first; the factories' own files are not touched.</translation>
    </message>
    <message>
        <source>Remove the snapshot</source>
        <translation>Remove the snapshot</translation>
    </message>
    <message>
        <source>Remove the snapshot of %1 from the estate?</source>
        <translation>Remove the snapshot of %1 from the estate?</translation>
    </message>
    <message>
        <source>The factory's own file is not touched; its other snapshots stay.</source>
        <translation>The factory's own file is not touched; its other snapshots stay.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the item</source>
        <translation>Remove the item</translation>
    </message>
    <message>
        <source>Remove the item %1 that you added?</source>
        <translation>Remove the item %1 that you added?</translation>
    </message>
    <message>
        <source>Its status, evidence and note go with it.</source>
        <translation>Its status, evidence and note go with it.</translation>
    </message>
    <message>
        <source>Readiness threshold</source>
        <translation>Readiness threshold</translation>
    </message>
    <message>
        <source>The Eco Factory pass mark is not public. Factories at or above this readiness are counted; leave it unset to use the scheme's assumption.</source>
        <translation>The Eco Factory pass mark is not public. Factories at or above this readiness are counted; leave it unset to use the scheme's assumption.</translation>
    </message>
    <message>
        <source>Threshold of the level</source>
        <translation>Threshold of the level</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>Writing the estate report…</source>
        <translation>Writing the estate report…</translation>
    </message>
    <message>
        <source>Writing the spreadsheet…</source>
        <translation>Writing the spreadsheet…</translation>
    </message>
</context>
<context>
    <name>EstateAsks</name>
    <message>
        <source>Factories' assessment files</source>
        <translation>Factories' assessment files</translation>
    </message>
    <message>
        <source>Assessment files (*.ecoassess)</source>
        <translation>Assessment files (*.ecoassess)</translation>
    </message>
    <message>
        <source>Folder of .ecoassess files</source>
        <translation>Folder of .ecoassess files</translation>
    </message>
    <message>
        <source>PDF in Thai (*.pdf)</source>
        <translation>PDF in Thai (*.pdf)</translation>
    </message>
    <message>
        <source>PDF in English (*.pdf)</source>
        <translation>PDF in English (*.pdf)</translation>
    </message>
    <message>
        <source>PDF in Thai and English (*.pdf)</source>
        <translation>PDF in Thai and English (*.pdf)</translation>
    </message>
    <message>
        <source>Estate report</source>
        <translation>Estate report</translation>
    </message>
    <message>
        <source>Excel workbook: heat map, figures, levels (*.xlsx)</source>
        <translation>Excel workbook: heat map, figures, levels (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8: the heat map (*.csv)</source>
        <translation>CSV, UTF-8: the heat map (*.csv)</translation>
    </message>
    <message>
        <source>Estate spreadsheet</source>
        <translation>Estate spreadsheet</translation>
    </message>
    <message>
        <source>Agreement to share</source>
        <translation>Agreement to share</translation>
    </message>
    <message>
        <source>Did these factories agree to share their self-assessment data with the estate?</source>
        <translation>Did these factories agree to share their self-assessment data with the estate?</translation>
    </message>
    <message>
        <source>Yes, they agreed</source>
        <translation>Yes, they agreed</translation>
    </message>
    <message>
        <source>No, or not known</source>
        <translation>No, or not known</translation>
    </message>
    <message>
        <source>Yes: recorded as agreed; reports may name them. No: the data are kept, and reports show the factory by its code only.</source>
        <translation>Yes: recorded as agreed; reports may name them. No: the data are kept, and reports show the factory by its code only.</translation>
    </message>
</context>
<context>
    <name>EstateWindow</name>
    <message>
        <source>Estate view (Eco Industrial Town)</source>
        <translation>Estate view (Eco Industrial Town)</translation>
    </message>
    <message>
        <source>Estate:</source>
        <translation>Estate:</translation>
    </message>
    <message>
        <source>&amp;New estate…</source>
        <translation>&amp;New estate…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Delete this estate and its snapshots (the data are backed up first)</source>
        <translation>Delete this estate and its snapshots (the data are backed up first)</translation>
    </message>
    <message>
        <source>Codes instead of factory names</source>
        <translation>Codes instead of factory names</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Heat map</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Levels</translation>
    </message>
    <message>
        <source>Factories and snapshots</source>
        <translation>Factories and snapshots</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>Import a &amp;folder…</translation>
    </message>
    <message>
        <source>From this &amp;computer…</source>
        <translation>From this &amp;computer…</translation>
    </message>
    <message>
        <source>Estate &amp;report (PDF)…</source>
        <translation>Estate &amp;report (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet (XLSX/CSV)…</source>
        <translation>&amp;Spreadsheet (XLSX/CSV)…</translation>
    </message>
    <message>
        <source>Each file is checked whole; a refused file changes nothing</source>
        <translation>Each file is checked whole; a refused file changes nothing</translation>
    </message>
    <message>
        <source>Computing the estate view…</source>
        <translation>Computing the estate view…</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidence: %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Document date</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>The last day the document is valid (a permit, a certificate, a calibration). Leave empty when it does not expire.</source>
        <translation>The last day the document is valid (a permit, a certificate, a calibration). Leave empty when it does not expire.</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Document &amp;date</source>
        <translation>Document &amp;date</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>&amp;Valid until</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Attach files with the button or drop them here.</source>
        <translation>Attach files with the button or drop them here.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Document date</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Evidence files</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Attach files…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Unlink</translation>
    </message>
    <message>
        <source>Expires on %1, before the planned audit on %2</source>
        <translation>Expires on %1, before the planned audit on %2</translation>
    </message>
    <message>
        <source>Expired on %1; no audit date is planned</source>
        <translation>Expired on %1; no audit date is planned</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Attach evidence</translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation>Could not attach</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Could not open</source>
        <translation>Could not open</translation>
    </message>
    <message>
        <source>The file stays in the assessment's evidence for %1.</source>
        <translation>The file stays in the assessment's evidence for %1.</translation>
    </message>
    <message>
        <source>No other question cites it; it stays in the data folder and in backups.</source>
        <translation>No other question cites it; it stays in the data folder and in backups.</translation>
    </message>
    <message>
        <source>Unlink evidence</source>
        <translation>Unlink evidence</translation>
    </message>
    <message>
        <source>Unlink %1 from %2?</source>
        <translation>Unlink %1 from %2?</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Unlink</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export the dossier</source>
        <translation>Export the dossier</translation>
    </message>
    <message>
        <source>A PDF to submit: the self-assessment report with its evidence list.</source>
        <translation>A PDF to submit: the self-assessment report with its evidence list.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Signatory na&amp;me</source>
        <translation>Signatory na&amp;me</translation>
    </message>
    <message>
        <source>Signatory posi&amp;tion</source>
        <translation>Signatory posi&amp;tion</translation>
    </message>
    <message>
        <source>O&amp;utput file</source>
        <translation>O&amp;utput file</translation>
    </message>
    <message>
        <source>Signatory name</source>
        <translation>Signatory name</translation>
    </message>
    <message>
        <source>Signatory position</source>
        <translation>Signatory position</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Output file</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thai</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Thai and English</source>
        <translation>Thai and English</translation>
    </message>
    <message>
        <source>Include images and PDF evidence in an annex</source>
        <translation>Include images and PDF evidence in an annex</translation>
    </message>
    <message>
        <source>&amp;Export PDF</source>
        <translation>&amp;Export PDF</translation>
    </message>
    <message>
        <source>Open the &amp;file</source>
        <translation>Open the &amp;file</translation>
    </message>
    <message>
        <source>Open its f&amp;older</source>
        <translation>Open its f&amp;older</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>assessment</translation>
    </message>
    <message>
        <source>%1 Eco Factory%2</source>
        <translation>%1 Eco Factory%2</translation>
    </message>
    <message>
        <source>Save the dossier as</source>
        <translation>Save the dossier as</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Choose an output file in an existing folder.</source>
        <translation>Choose an output file in an existing folder.</translation>
    </message>
    <message>
        <source>Not exported: some changes are not saved yet (%1).</source>
        <translation>Not exported: some changes are not saved yet (%1).</translation>
    </message>
    <message>
        <source>Building the dossier…</source>
        <translation>Building the dossier…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>The dossier could not be written: %1</source>
        <translation>The dossier could not be written: %1</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <source>The terms and abbreviations the criteria use, each with where it comes from. Type to find one.</source>
        <translation>The terms and abbreviations the criteria use, each with where it comes from. Type to find one.</translation>
    </message>
    <message>
        <source>Find a term (e.g. SEC, ผชพ.)</source>
        <translation>Find a term (e.g. SEC, ผชพ.)</translation>
    </message>
    <message>
        <source>Find a term</source>
        <translation>Find a term</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HeatMapPanel</name>
    <message>
        <source>(header: criterion and estate mean; point to a code for its name; click to sort)</source>
        <translation>(header: criterion and estate mean; point to a code for its name; click to sort)</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>User &amp;guide</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>Save &amp;diagnostics for support…</source>
        <translation>Save &amp;diagnostics for support…</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation (%1).</source>
        <translation>The user guide is missing from this installation (%1).</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Licences and third-party notices</source>
        <translation>Licences and third-party notices</translation>
    </message>
    <message>
        <source>ecoassess %1: Eco Factory readiness self-assessment</source>
        <translation>ecoassess %1: Eco Factory readiness self-assessment</translation>
    </message>
    <message>
        <source>Scheme: %1, version %2</source>
        <translation>Scheme: %1, version %2</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <source>The scheme's wording is ours, not the official FTI text; criteria whose indicators are not public are drafted and marked as draft on every page and in the dossier.</source>
        <translation>The scheme's wording is ours, not the official FTI text; criteria whose indicators are not public are drafted and marked as draft on every page and in the dossier.</translation>
    </message>
    <message>
        <source>ecoassess is free software under the MIT licence. It is built on Qt (LGPL-3.0) and other open-source components, and uses the Sarabun font (SIL OFL 1.1); Licences… lists them all.</source>
        <translation>ecoassess is free software under the MIT licence. It is built on Qt (LGPL-3.0) and other open-source components, and uses the Sarabun font (SIL OFL 1.1); Licences… lists them all.</translation>
    </message>
    <message>
        <source>Could not save the diagnostics</source>
        <translation>Could not save the diagnostics</translation>
    </message>
    <message>
        <source>Diagnostics saved: %1. Send this file to whoever supports you; it holds no answers.</source>
        <translation>Diagnostics saved: %1. Send this file to whoever supports you; it holds no answers.</translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation>Save diagnostics</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
</context>
<context>
    <name>HelpPane</name>
    <message>
        <source>source: %1</source>
        <translation>source: %1</translation>
    </message>
    <message>
        <source>This is the top of the ladder.</source>
        <translation>This is the top of the ladder.</translation>
    </message>
    <message>
        <source>What this criterion is about</source>
        <translation>What this criterion is about</translation>
    </message>
    <message>
        <source>How it is scored</source>
        <translation>How it is scored</translation>
    </message>
    <message>
        <source>Terms used here</source>
        <translation>Terms used here</translation>
    </message>
    <message>
        <source>Where this help comes from</source>
        <translation>Where this help comes from</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>What it means</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>Examples of evidence</source>
        <translation>Examples of evidence</translation>
    </message>
    <message>
        <source>What the next level needs</source>
        <translation>What the next level needs</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Change history</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>&amp;Restore the value before this change</source>
        <translation>&amp;Restore the value before this change</translation>
    </message>
    <message>
        <source>Puts back the old value of the selected row; the restore is itself recorded here</source>
        <translation>Puts back the old value of the selected row; the restore is itself recorded here</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>All pages</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 changes</translation>
    </message>
</context>
<context>
    <name>HomeCommands</name>
    <message>
        <source>Could not create the assessment</source>
        <translation>Could not create the assessment</translation>
    </message>
    <message>
        <source>(factory not named yet)</source>
        <translation>(factory not named yet)</translation>
    </message>
    <message>
        <source>%1, year %2</source>
        <translation>%1, year %2</translation>
    </message>
    <message>
        <source>Could not copy</source>
        <translation>Could not copy</translation>
    </message>
    <message>
        <source>Delete an assessment</source>
        <translation>Delete an assessment</translation>
    </message>
    <message>
        <source>Delete the assessment of %1?</source>
        <translation>Delete the assessment of %1?</translation>
    </message>
    <message>
        <source>Its answers, evidence links, actions and history go. A backup copy of all the data is kept first, so it can be restored.</source>
        <translation>Its answers, evidence links, actions and history go. A backup copy of all the data is kept first, so it can be restored.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>%1 is open in its window. Close the window first?</source>
        <translation>%1 is open in its window. Close the window first?</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Close the window</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Everything typed in it is saved before it closes.</source>
        <translation>Everything typed in it is saved before it closes.</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Could not delete</translation>
    </message>
    <message>
        <source>Deleted. Backup: %1</source>
        <translation>Deleted. Backup: %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Backup written: %1</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3 *.ecoassess-backup)</source>
        <translation>Backups (*.sqlite3 *.ecoassess-backup)</translation>
    </message>
    <message>
        <source>Replace all the data on this computer with the backup %1?</source>
        <translation>Replace all the data on this computer with the backup %1?</translation>
    </message>
    <message>
        <source>Every assessment changes to what the backup holds; open windows close. A copy of the current data is kept.</source>
        <translation>Every assessment changes to what the backup holds; open windows close. A copy of the current data is kept.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Restore failed</translation>
    </message>
</context>
<context>
    <name>HomeExtras</name>
    <message>
        <source>&amp;Import assessment file…</source>
        <translation>&amp;Import assessment file…</translation>
    </message>
    <message>
        <source>&amp;Export as assessment file…</source>
        <translation>&amp;Export as assessment file…</translation>
    </message>
    <message>
        <source>Export for the estate (without contact details)…</source>
        <translation>Export for the estate (without contact details)…</translation>
    </message>
    <message>
        <source>Export &amp;spreadsheet (CSV/XLSX)…</source>
        <translation>Export &amp;spreadsheet (CSV/XLSX)…</translation>
    </message>
    <message>
        <source>&amp;Compare with the earlier assessment…</source>
        <translation>&amp;Compare with the earlier assessment…</translation>
    </message>
    <message>
        <source>&amp;Workshop mode (class overview)…</source>
        <translation>&amp;Workshop mode (class overview)…</translation>
    </message>
    <message>
        <source>The same file without contact persons and the signatory (personal data under PDPA)</source>
        <translation>The same file without contact persons and the signatory (personal data under PDPA)</translation>
    </message>
    <message>
        <source>Export file…</source>
        <translation>Export file…</translation>
    </message>
    <message>
        <source>Write the selected assessment, with its evidence, to one .ecoassess file to hand over or move</source>
        <translation>Write the selected assessment, with its evidence, to one .ecoassess file to hand over or move</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>There is no earlier assessment of this factory to compare with. Use “New for next year” to carry an assessment forward.</source>
        <translation>There is no earlier assessment of this factory to compare with. Use “New for next year” to carry an assessment forward.</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Spreadsheet</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>Export spreadsheet</source>
        <translation>Export spreadsheet</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
</context>
<context>
    <name>HomeWindow</name>
    <message>
        <source>Eco Factory readiness</source>
        <translation>Eco Factory readiness</translation>
    </message>
    <message>
        <source>Assessments on this computer</source>
        <translation>Assessments on this computer</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Factory</translation>
    </message>
    <message>
        <source>Scheme version</source>
        <translation>Scheme version</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Last edited</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation>&amp;New assessment</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>New for ne&amp;xt year</source>
        <translation>New for ne&amp;xt year</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Hi&amp;story…</source>
        <translation>Hi&amp;story…</translation>
    </message>
    <message>
        <source>&amp;Back up the data…</source>
        <translation>&amp;Back up the data…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Estate view (Eco Industrial Town)…</source>
        <translation>&amp;Estate view (Eco Industrial Town)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>No assessment yet. Press “%1” below to start one, or import a file you were given from the “%2” menu (or drop it on this window). Everything you enter is saved automatically.</source>
        <translation>No assessment yet. Press “%1” below to start one, or import a file you were given from the “%2” menu (or drop it on this window). Everything you enter is saved automatically.</translation>
    </message>
    <message>
        <source>Opening the data folder…</source>
        <translation>Opening the data folder…</translation>
    </message>
    <message>
        <source>Cannot open the data folder</source>
        <translation>Cannot open the data folder</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>(factory not named yet)</source>
        <translation>(factory not named yet)</translation>
    </message>
    <message>
        <source>[demo]</source>
        <translation>[demo]</translation>
    </message>
    <message>
        <source>(from %1)</source>
        <translation>(from %1)</translation>
    </message>
</context>
<context>
    <name>ImprovementPage</name>
    <message>
        <source>Continual improvement</source>
        <translation>Continual improvement</translation>
    </message>
    <message>
        <source>Three years of data: product value and the amounts used or emitted.</source>
        <translation>Three years of data: product value and the amounts used or emitted.</translation>
    </message>
    <message>
        <source>&amp;Latest year of data</source>
        <translation>&amp;Latest year of data</translation>
    </message>
    <message>
        <source>Latest year of data</source>
        <translation>Latest year of data</translation>
    </message>
    <message>
        <source>Data per year (type numbers; they are saved at once):</source>
        <translation>Data per year (type numbers; they are saved at once):</translation>
    </message>
    <message>
        <source>Data per year</source>
        <translation>Data per year</translation>
    </message>
    <message>
        <source>Intensity %1, change on the year before, and trend:</source>
        <translation>Intensity %1, change on the year before, and trend:</translation>
    </message>
    <message>
        <source>Intensities and trend</source>
        <translation>Intensities and trend</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Per year</translation>
    </message>
    <message>
        <source>“%1” is not a quantity: type a number of zero or more, e.g. 12,500.75.</source>
        <translation>“%1” is not a quantity: type a number of zero or more, e.g. 12,500.75.</translation>
    </message>
    <message>
        <source>(%1 more cells to correct)</source>
        <translation>(%1 more cells to correct)</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensity</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>improving every year</source>
        <translation>improving every year</translation>
    </message>
    <message>
        <source>not improving every year</source>
        <translation>not improving every year</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>not enough data</translation>
    </message>
</context>
<context>
    <name>InputControl</name>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidence: %1</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Requirement status</source>
        <translation>Requirement status</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Maximum points</source>
        <translation>Maximum points</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>LevelsPanel</name>
    <message>
        <source>Framework:</source>
        <translation>Framework:</translation>
    </message>
    <message>
        <source>Set the threshold…</source>
        <translation>Set the threshold…</translation>
    </message>
    <message>
        <source>Record the status…</source>
        <translation>Record the status…</translation>
    </message>
    <message>
        <source>Add an item…</source>
        <translation>Add an item…</translation>
    </message>
    <message>
        <source>Remove the item…</source>
        <translation>Remove the item…</translation>
    </message>
    <message>
        <source>Name the selected slot…</source>
        <translation>Name the selected slot…</translation>
    </message>
    <message>
        <source>Evidence and notes</source>
        <translation>Evidence and notes</translation>
    </message>
    <message>
        <source>Levels in public sources</source>
        <translation>Levels in public sources</translation>
    </message>
</context>
<context>
    <name>LocalDialog</name>
    <message>
        <source>Assessments on this computer</source>
        <translation>Assessments on this computer</translation>
    </message>
    <message>
        <source>Tick the assessments to take into the estate:</source>
        <translation>Tick the assessments to take into the estate:</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Dimension mapping</source>
        <translation>Dimension mapping</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>the app's mapping is an inference, not IEAT's. Your mapping is used for this estate.</source>
        <translation>the app's mapping is an inference, not IEAT's. Your mapping is used for this estate.</translation>
    </message>
</context>
<context>
    <name>MetChoice</name>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <source>Which factory is assessed, and for which year? Everything else is asked page by page and saved as you type.</source>
        <translation>Which factory is assessed, and for which year? Everything else is asked page by page and saved as you type.</translation>
    </message>
    <message>
        <source>Factory name (Thai)</source>
        <translation>Factory name (Thai)</translation>
    </message>
    <message>
        <source>Factory name (English)</source>
        <translation>Factory name (English)</translation>
    </message>
    <message>
        <source>Year assessed</source>
        <translation>Year assessed</translation>
    </message>
    <message>
        <source>Factory name (&amp;Thai)</source>
        <translation>Factory name (&amp;Thai)</translation>
    </message>
    <message>
        <source>Factory name (&amp;English)</source>
        <translation>Factory name (&amp;English)</translation>
    </message>
    <message>
        <source>Enter the name in Thai or English (or both).</source>
        <translation>Enter the name in Thai or English (or both).</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;reate</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Year assessed (B.E.)</source>
        <translation>&amp;Year assessed (B.E.)</translation>
    </message>
    <message>
        <source>&amp;Year assessed</source>
        <translation>&amp;Year assessed</translation>
    </message>
</context>
<context>
    <name>NewEstateDialog</name>
    <message>
        <source>New estate</source>
        <translation>New estate</translation>
    </message>
    <message>
        <source>an estate from the IEAT list, or another name</source>
        <translation>an estate from the IEAT list, or another name</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>Estate</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>A name that is not on the IEAT list is kept as you type it.</source>
        <translation>A name that is not on the IEAT list is kept as you type it.</translation>
    </message>
</context>
<context>
    <name>NextYearDialog</name>
    <message>
        <source>New for next year</source>
        <translation>New for next year</translation>
    </message>
    <message>
        <source>A copy of %1 (year %2) for a later year: the answers come over marked “carried over” to confirm, the 3-year data move forward a year, and unfinished actions follow.</source>
        <translation>A copy of %1 (year %2) for a later year: the answers come over marked “carried over” to confirm, the 3-year data move forward a year, and unfinished actions follow.</translation>
    </message>
    <message>
        <source>Year of the new assessment</source>
        <translation>Year of the new assessment</translation>
    </message>
    <message>
        <source>&amp;Year of the new assessment (B.E.)</source>
        <translation>&amp;Year of the new assessment (B.E.)</translation>
    </message>
    <message>
        <source>&amp;Year of the new assessment</source>
        <translation>&amp;Year of the new assessment</translation>
    </message>
    <message>
        <source>C&amp;reate the copy</source>
        <translation>C&amp;reate the copy</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Eco Factory readiness</source>
        <translation>Eco Factory readiness</translation>
    </message>
    <message>
        <source>Estate-wide eco-efficiency</source>
        <translation>Estate-wide eco-efficiency</translation>
    </message>
    <message>
        <source>Symbiosis, circularity and community signals</source>
        <translation>Symbiosis, circularity and community signals</translation>
    </message>
    <message>
        <source>Set the threshold…</source>
        <translation>Set the threshold…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>At most %1 characters: attach a longer text as an evidence file.</source>
        <translation>At most %1 characters: attach a longer text as an evidence file.</translation>
    </message>
</context>
<context>
    <name>PortableController</name>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Imported %1</translation>
    </message>
    <message>
        <source>Import cancelled; nothing changed</source>
        <translation>Import cancelled; nothing changed</translation>
    </message>
    <message>
        <source>Could not import %1</source>
        <translation>Could not import %1</translation>
    </message>
    <message>
        <source>Import assessment files</source>
        <translation>Import assessment files</translation>
    </message>
    <message>
        <source>Assessment files (*.ecoassess)</source>
        <translation>Assessment files (*.ecoassess)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>Could not write the file</source>
        <translation>Could not write the file</translation>
    </message>
    <message>
        <source>Export assessment file</source>
        <translation>Export assessment file</translation>
    </message>
</context>
<context>
    <name>PrerequisitesPage</name>
    <message>
        <source>General requirements</source>
        <translation>General requirements</translation>
    </message>
    <message>
        <source>General requirements (G1–G4)</source>
        <translation>General requirements (G1–G4)</translation>
    </message>
    <message>
        <source>Each is met or not met; none gives points. A factory that fails one is not yet eligible.</source>
        <translation>Each is met or not met; none gives points. A factory that fails one is not yet eligible.</translation>
    </message>
    <message>
        <source>Help on %1</source>
        <translation>Help on %1</translation>
    </message>
    <message>
        <source>Set the factory size on the profile page: what this asks depends on it.</source>
        <translation>Set the factory size on the profile page: what this asks depends on it.</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidence: %1</translation>
    </message>
    <message>
        <source>Not yet eligible: %1</source>
        <translation>Not yet eligible: %1</translation>
    </message>
    <message>
        <source>You can still go on and assess the criteria.</source>
        <translation>You can still go on and assess the criteria.</translation>
    </message>
    <message>
        <source>Not answered yet: %1</source>
        <translation>Not answered yet: %1</translation>
    </message>
    <message>
        <source>No general requirement stands in the way so far.</source>
        <translation>No general requirement stands in the way so far.</translation>
    </message>
    <message>
        <source>Certificates on the factory profile:</source>
        <translation>Certificates on the factory profile:</translation>
    </message>
    <message>
        <source>The factory profile lists no ISO 14001, Green Industry or White Flag certificate. Choose one below (its expiry date goes on the profile page) or "none yet".</source>
        <translation>The factory profile lists no ISO 14001, Green Industry or White Flag certificate. Choose one below (its expiry date goes on the profile page) or "none yet".</translation>
    </message>
    <message>
        <source>Edit certificates on the profile page</source>
        <translation>Edit certificates on the profile page</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Factory name (Thai)</source>
        <translation>Factory name (Thai)</translation>
    </message>
    <message>
        <source>Factory name (English)</source>
        <translation>Factory name (English)</translation>
    </message>
    <message>
        <source>Company name (Thai)</source>
        <translation>Company name (Thai)</translation>
    </message>
    <message>
        <source>Company name (English)</source>
        <translation>Company name (English)</translation>
    </message>
    <message>
        <source>Factory registration number</source>
        <translation>Factory registration number</translation>
    </message>
    <message>
        <source>Tax ID (13 digits)</source>
        <translation>Tax ID (13 digits)</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Industry type or main product</source>
        <translation>Industry type or main product</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Industrial estate</source>
        <translation>Industrial estate</translation>
    </message>
    <message>
        <source>Name of the other estate</source>
        <translation>Name of the other estate</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Permanent employees</source>
        <translation>Permanent employees</translation>
    </message>
    <message>
        <source>Outsourced employees</source>
        <translation>Outsourced employees</translation>
    </message>
    <message>
        <source>Annual revenue (baht)</source>
        <translation>Annual revenue (baht)</translation>
    </message>
    <message>
        <source>Factory size</source>
        <translation>Factory size</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Planned audit date</source>
        <translation>Planned audit date</translation>
    </message>
    <message>
        <source>Date of this assessment</source>
        <translation>Date of this assessment</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Certifications held</source>
        <translation>Certifications held</translation>
    </message>
    <message>
        <source>Factory profile</source>
        <translation>Factory profile</translation>
    </message>
    <message>
        <source>What the registration form asks about the factory. Everything is saved as you type.</source>
        <translation>What the registration form asks about the factory. Everything is saved as you type.</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Factory</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Employees, revenue and size</source>
        <translation>Employees, revenue and size</translation>
    </message>
    <message>
        <source>Application, contacts and certifications</source>
        <translation>Application, contacts and certifications</translation>
    </message>
    <message>
        <source>13 digits, e.g. %1</source>
        <translation>13 digits, e.g. %1</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <source>Other estate (type its name)</source>
        <translation>Other estate (type its name)</translation>
    </message>
    <message>
        <source>Outside an industrial estate</source>
        <translation>Outside an industrial estate</translation>
    </message>
    <message>
        <source>Not declared (decided by the figures)</source>
        <translation>Not declared (decided by the figures)</translation>
    </message>
    <message>
        <source>A tax ID has 13 digits (this one has %1).</source>
        <translation>A tax ID has 13 digits (this one has %1).</translation>
    </message>
    <message>
        <source>Check the digits: the last one does not match (it is a check digit).</source>
        <translation>Check the digits: the last one does not match (it is a check digit).</translation>
    </message>
    <message>
        <source>Size used for G2 (Thai SME rule): %1, %2</source>
        <translation>Size used for G2 (Thai SME rule): %1, %2</translation>
    </message>
    <message>
        <source>Enter the annual revenue (or the permanent employees): the SME rule decides the size from them. Without both, choose the size.</source>
        <translation>Enter the annual revenue (or the permanent employees): the SME rule decides the size from them. Without both, choose the size.</translation>
    </message>
    <message>
        <source>Enter the factory's name in Thai or English.</source>
        <translation>Enter the factory's name in Thai or English.</translation>
    </message>
    <message>
        <source>Check the e-mail address: it has no @.</source>
        <translation>Check the e-mail address: it has no @.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Select All</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Step up</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Step &amp;down</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Directories</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Go forward</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Go to the parent directory</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Create a New Folder</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Change to list view mode</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Change to detail view mode</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>List of places and bookmarks</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Show </translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>'%1' is write protected.
Do you want to delete it anyway?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Are you sure you want to delete '%1'?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Could not delete directory.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
File not found.
Please verify the correct file name was given.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Directory not found.
Please verify the correct directory name was given.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>QT_LAYOUT_DIRECTION</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
</context>
<context>
    <name>QProgressBar</name>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
</context>
<context>
    <name>ReadinessChart</name>
    <message>
        <source>Points per criterion</source>
        <translation>Points per criterion</translation>
    </message>
</context>
<context>
    <name>ReadinessPass</name>
    <message>
        <source>Working out the readiness figures…</source>
        <translation>Working out the readiness figures…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Where the factory stands today, and what to do next.</source>
        <translation>Where the factory stands today, and what to do next.</translation>
    </message>
    <message>
        <source>&amp;Target used</source>
        <translation>&amp;Target used</translation>
    </message>
    <message>
        <source>Target used (percent)</source>
        <translation>Target used (percent)</translation>
    </message>
    <message>
        <source>Points per criterion</source>
        <translation>Points per criterion</translation>
    </message>
    <message>
        <source>Gaps, most points first</source>
        <translation>Gaps, most points first</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>What it needs</source>
        <translation>What it needs</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>Click a gap, or press Enter on it, to open its criterion</source>
        <translation>Click a gap, or press Enter on it, to open its criterion</translation>
    </message>
    <message>
        <source>Levels claimed without evidence</source>
        <translation>Levels claimed without evidence</translation>
    </message>
    <message>
        <source>Documents the submission needs</source>
        <translation>Documents the submission needs</translation>
    </message>
    <message>
        <source>Total: %1 of %2 points (%3 %)</source>
        <translation>Total: %1 of %2 points (%3 %)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>None: every level claimed has evidence linked.</source>
        <translation>None: every level claimed has evidence linked.</translation>
    </message>
    <message>
        <source>(evidence linked for %1 of %2 criteria)</source>
        <translation>(evidence linked for %1 of %2 criteria)</translation>
    </message>
    <message>
        <source>Click to open this criterion</source>
        <translation>Click to open this criterion</translation>
    </message>
    <message>
        <source>criterion %1: %2</source>
        <translation>criterion %1: %2</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidence: %1</translation>
    </message>
</context>
<context>
    <name>SchemeUpdateDialog</name>
    <message>
        <source>Import a newer scheme</source>
        <translation>Import a newer scheme</translation>
    </message>
    <message>
        <source>Scheme file %1: %2 version %3</source>
        <translation>Scheme file %1: %2 version %3</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>&amp;Install version %1</source>
        <translation>&amp;Install version %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Move to version %1…</source>
        <translation>&amp;Move to version %1…</translation>
    </message>
    <message>
        <source>No older version of this scheme is on this computer: nothing to compare.</source>
        <translation>No older version of this scheme is on this computer: nothing to compare.</translation>
    </message>
    <message>
        <source>The file was checked: nothing is installed yet. What changes, compared with version %1 on this computer:</source>
        <translation>The file was checked: nothing is installed yet. What changes, compared with version %1 on this computer:</translation>
    </message>
    <message>
        <source>The file was checked: nothing is installed yet.</source>
        <translation>The file was checked: nothing is installed yet.</translation>
    </message>
    <message>
        <source>Version %1 is already on this computer, with the same content.</source>
        <translation>Version %1 is already on this computer, with the same content.</translation>
    </message>
    <message>
        <source>The newer version %1 stays the one new assessments use.</source>
        <translation>The newer version %1 stays the one new assessments use.</translation>
    </message>
    <message>
        <source>Version %1 is installed.</source>
        <translation>Version %1 is installed.</translation>
    </message>
    <message>
        <source>New assessments use it.</source>
        <translation>New assessments use it.</translation>
    </message>
    <message>
        <source>Could not install the scheme</source>
        <translation>Could not install the scheme</translation>
    </message>
    <message>
        <source>Scheme version %1 installed: %2</source>
        <translation>Scheme version %1 installed: %2</translation>
    </message>
    <message>
        <source>(factory not named yet)</source>
        <translation>(factory not named yet)</translation>
    </message>
    <message>
        <source>%1, year %2, version %3</source>
        <translation>%1, year %2, version %3</translation>
    </message>
    <message>
        <source>Choose an assessment on an older version to move onto version %1. What stays and what is dropped is listed below. A copy moves; the original stays as it is, so nothing is lost.</source>
        <translation>Choose an assessment on an older version to move onto version %1. What stays and what is dropped is listed below. A copy moves; the original stays as it is, so nothing is lost.</translation>
    </message>
    <message>
        <source>No assessment on this computer is on an older version of this scheme.</source>
        <translation>No assessment on this computer is on an older version of this scheme.</translation>
    </message>
    <message>
        <source>Dropped from the copy (the original keeps them):</source>
        <translation>Dropped from the copy (the original keeps them):</translation>
    </message>
    <message>
        <source>Every answer has its place in version %1.</source>
        <translation>Every answer has its place in version %1.</translation>
    </message>
    <message>
        <source>Move to version %1</source>
        <translation>Move to version %1</translation>
    </message>
    <message>
        <source>Make a copy of %1 on version %2? The original stays on version %3.</source>
        <translation>Make a copy of %1 on version %2? The original stays on version %3.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Could not move</source>
        <translation>Could not move</translation>
    </message>
    <message>
        <source>A copy on version %1 was made and selected; the original stays on version %2.</source>
        <translation>A copy on version %1 was made and selected; the original stays on version %2.</translation>
    </message>
</context>
<context>
    <name>SchemeUpdateExtras</name>
    <message>
        <source>Import a newer &amp;scheme…</source>
        <translation>Import a newer &amp;scheme…</translation>
    </message>
    <message>
        <source>Not a scheme file that can be imported</source>
        <translation>Not a scheme file that can be imported</translation>
    </message>
    <message>
        <source>Import a newer scheme</source>
        <translation>Import a newer scheme</translation>
    </message>
    <message>
        <source>Scheme files (*.yaml *.yml)</source>
        <translation>Scheme files (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>SchemeVersionBanner</name>
    <message>
        <source>This assessment was made on scheme version %1, which is not on this computer. It is shown and scored on version %2.</source>
        <translation>This assessment was made on scheme version %1, which is not on this computer. It is shown and scored on version %2.</translation>
    </message>
    <message>
        <source>&amp;Map to version %1</source>
        <translation>&amp;Map to version %1</translation>
    </message>
    <message>
        <source>Move this assessment onto version %1 for good?</source>
        <translation>Move this assessment onto version %1 for good?</translation>
    </message>
    <message>
        <source>These answers have no place in version %1 and will be dropped (the change history keeps them): %2</source>
        <translation>These answers have no place in version %1 and will be dropped (the change history keeps them): %2</translation>
    </message>
    <message>
        <source>Every answer has its place in version %1.</source>
        <translation>Every answer has its place in version %1.</translation>
    </message>
    <message>
        <source>Map to version %1</source>
        <translation>Map to version %1</translation>
    </message>
    <message>
        <source>Could not map</source>
        <translation>Could not map</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>answered; evidence still to link</source>
        <translation>answered; evidence still to link</translation>
    </message>
</context>
<context>
    <name>SlotDialog</name>
    <message>
        <source>Name %1</source>
        <translation>Name %1</translation>
    </message>
    <message>
        <source>Name (Thai)</source>
        <translation>Name (Thai)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Leave both empty to mark the name as not yet known again.</source>
        <translation>Leave both empty to mark the name as not yet known again.</translation>
    </message>
</context>
<context>
    <name>SnapshotsPanel</name>
    <message>
        <source>Each import is kept beside the earlier ones; the overview uses each factory's latest. No evidence files and no contact details are kept.</source>
        <translation>Each import is kept beside the earlier ones; the overview uses each factory's latest. No evidence files and no contact details are kept.</translation>
    </message>
    <message>
        <source>Remove the selected snapshot…</source>
        <translation>Remove the selected snapshot…</translation>
    </message>
</context>
<context>
    <name>TextViewer</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ThresholdDialog</name>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Scheme: %1 (%2), version %3</source>
        <translation>Scheme: %1 (%2), version %3</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Scheme fingerprint (identifies its exact content): %1
Assessment id: %2</source>
        <translation>Scheme fingerprint (identifies its exact content): %1
Assessment id: %2</translation>
    </message>
    <message>
        <source>What is draft in this scheme</source>
        <translation>What is draft in this scheme</translation>
    </message>
    <message>
        <source>Criteria whose official indicators are not public; their ladders are our draft: %1</source>
        <translation>Criteria whose official indicators are not public; their ladders are our draft: %1</translation>
    </message>
    <message>
        <source>Criteria whose points are inferred: %1</source>
        <translation>Criteria whose points are inferred: %1</translation>
    </message>
    <message>
        <source>Draft general requirements: %1</source>
        <translation>Draft general requirements: %1</translation>
    </message>
    <message>
        <source>Assumptions you can change (no official value is known): %1</source>
        <translation>Assumptions you can change (no official value is known): %1</translation>
    </message>
    <message>
        <source>The readiness result is a self-assessment aid, not a certification decision.</source>
        <translation>The readiness result is a self-assessment aid, not a certification decision.</translation>
    </message>
    <message>
        <source>How this works</source>
        <translation>How this works</translation>
    </message>
    <message>
        <source>Go through the pages in order or jump with the list on the left (Pages shows or hides it). Every change is saved at once; close the window at any time and you will come back to the same page. Keyboard: Alt+Right / Alt+Left for Next and Back, F1 for help on a criterion, Ctrl+W to close.</source>
        <translation>Go through the pages in order or jump with the list on the left (Pages shows or hides it). Every change is saved at once; close the window at any time and you will come back to the same page. Keyboard: Alt+Right / Alt+Left for Next and Back, F1 for help on a criterion, Ctrl+W to close.</translation>
    </message>
</context>
<context>
    <name>WizardMenus</name>
    <message>
        <source>Ed&amp;it</source>
        <translation>Ed&amp;it</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Change &amp;history…</source>
        <translation>Change &amp;history…</translation>
    </message>
    <message>
        <source>&amp;Page list</source>
        <translation>&amp;Page list</translation>
    </message>
    <message>
        <source>Go to the next &amp;unanswered item</source>
        <translation>Go to the next &amp;unanswered item</translation>
    </message>
    <message>
        <source>&amp;Close this assessment</source>
        <translation>&amp;Close this assessment</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Help on this &amp;criterion (F1)</source>
        <translation>Help on this &amp;criterion (F1)</translation>
    </message>
    <message>
        <source>&amp;Glossary of terms…</source>
        <translation>&amp;Glossary of terms…</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>WizardWindow</name>
    <message>
        <source>New assessment</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <source>Eco Factory self-assessment — %1</source>
        <translation>Eco Factory self-assessment — %1</translation>
    </message>
    <message>
        <source>Criteria answered, criteria with evidence linked, and the points so far</source>
        <translation>Criteria answered, criteria with evidence linked, and the points so far</translation>
    </message>
    <message>
        <source>%1 · year %2</source>
        <translation>%1 · year %2</translation>
    </message>
    <message>
        <source>(from %1)</source>
        <translation>(from %1)</translation>
    </message>
    <message>
        <source>saved automatically</source>
        <translation>saved automatically</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>saved %1</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>not saved</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>not saved: %1</translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message>
        <source>Workshop mode: class overview</source>
        <translation>Workshop mode: class overview</translation>
    </message>
    <message>
        <source>Anonymise (codes instead of factory names)</source>
        <translation>Anonymise (codes instead of factory names)</translation>
    </message>
    <message>
        <source>Include the demo factory</source>
        <translation>Include the demo factory</translation>
    </message>
    <message>
        <source>When an assessment is already here:</source>
        <translation>When an assessment is already here:</translation>
    </message>
    <message>
        <source>skip it</source>
        <translation>skip it</translation>
    </message>
    <message>
        <source>keep both</source>
        <translation>keep both</translation>
    </message>
    <message>
        <source>replace it</source>
        <translation>replace it</translation>
    </message>
    <message>
        <source>&amp;Import a folder of files…</source>
        <translation>&amp;Import a folder of files…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Export class summary &amp;PDF…</source>
        <translation>Export class summary &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Reset demo data…</source>
        <translation>&amp;Reset demo data…</translation>
    </message>
    <message>
        <source>Export every criterion (&amp;XLSX)…</source>
        <translation>Export every criterion (&amp;XLSX)…</translation>
    </message>
    <message>
        <source>%1 factories. Click a column heading to sort.</source>
        <translation>%1 factories. Click a column heading to sort.</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Factory</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>No .ecoassess files in %1</source>
        <translation>No .ecoassess files in %1</translation>
    </message>
    <message>
        <source>Importing the class…</source>
        <translation>Importing the class…</translation>
    </message>
    <message>
        <source>%1 imported, %2 skipped.</source>
        <translation>%1 imported, %2 skipped.</translation>
    </message>
    <message>
        <source>this assessment (%1) is already here. To bring it in, choose “keep both” or “replace it” under “When an assessment is already here” and import the folder again.</source>
        <translation>this assessment (%1) is already here. To bring it in, choose “keep both” or “replace it” under “When an assessment is already here” and import the folder again.</translation>
    </message>
    <message>
        <source>Class overview (CSV)</source>
        <translation>Class overview (CSV)</translation>
    </message>
    <message>
        <source>Class summary (PDF)</source>
        <translation>Class summary (PDF)</translation>
    </message>
    <message>
        <source>Criteria of every factory (XLSX or CSV)</source>
        <translation>Criteria of every factory (XLSX or CSV)</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>Delete the demo assessments and create a fresh demo factory? A backup of the data is kept first.</source>
        <translation>Delete the demo assessments and create a fresh demo factory? A backup of the data is kept first.</translation>
    </message>
    <message>
        <source>Folder of .ecoassess files</source>
        <translation>Folder of .ecoassess files</translation>
    </message>
    <message>
        <source>Delete and recreate</source>
        <translation>Delete and recreate</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>ecoassess: unexpected error</source>
        <translation>ecoassess: unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong inside ecoassess. This is a fault in the program, not in your data.</source>
        <translation>Something went wrong inside ecoassess. This is a fault in the program, not in your data.</translation>
    </message>
    <message>
        <source>Your answers are safe: every answer you entered is saved.</source>
        <translation>Your answers are safe: every answer you entered is saved.</translation>
    </message>
    <message>
        <source>These changes are not saved yet:
%1
The window keeps them and tries again; if it still cannot, choose to save the answers to a file when you close the window.</source>
        <translation>These changes are not saved yet:
%1
The window keeps them and tries again; if it still cannot, choose to save the answers to a file when you close the window.</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>What happened: %1</translation>
    </message>
    <message>
        <source>The details were written to this log file; please send it with your report:
%1</source>
        <translation>The details were written to this log file; please send it with your report:
%1</translation>
    </message>
    <message>
        <source>(no log file could be written)</source>
        <translation>(no log file could be written)</translation>
    </message>
    <message>
        <source>You can keep working. If something looks wrong, close and reopen the program.</source>
        <translation>You can keep working. If something looks wrong, close and reopen the program.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
</context>
<context>
    <name>readiness</name>
    <message>
        <source>Points: N/A (not counted in the maximum)</source>
        <translation>Points: N/A (not counted in the maximum)</translation>
    </message>
    <message>
        <source>Points: %1 / %2</source>
        <translation>Points: %1 / %2</translation>
    </message>
    <message>
        <source>Next step (+%1): %2</source>
        <translation>Next step (+%1): %2</translation>
    </message>
    <message>
        <source>Next step (+%1): %2 — %3</source>
        <translation>Next step (+%1): %2 — %3</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Finishing before closing:
%1</source>
        <translation>Finishing before closing:
%1</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>unsaved</name>
    <message>
        <source>answers</source>
        <translation>answers</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>justification</source>
        <translation>justification</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>progress</translation>
    </message>
    <message>
        <source>signatory name</source>
        <translation>signatory name</translation>
    </message>
    <message>
        <source>signatory position</source>
        <translation>signatory position</translation>
    </message>
    <message>
        <source>target and scheme settings</source>
        <translation>target and scheme settings</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>Factory profile</source>
        <translation>Factory profile</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Changes not saved</translation>
    </message>
    <message>
        <source>These changes are not in the database yet:</source>
        <translation>These changes are not in the database yet:</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Keep the window open and they are retried, save all the answers to a file so that nothing is lost (an answer file, which the command line scores and exports), or close and lose these changes.</source>
        <translation>Keep the window open and they are retried, save all the answers to a file so that nothing is lost (an answer file, which the command line scores and exports), or close and lose these changes.</translation>
    </message>
    <message>
        <source>&amp;Keep the window open</source>
        <translation>&amp;Keep the window open</translation>
    </message>
    <message>
        <source>&amp;Save the answers to a file…</source>
        <translation>&amp;Save the answers to a file…</translation>
    </message>
    <message>
        <source>Close and &amp;lose these changes</source>
        <translation>Close and &amp;lose these changes</translation>
    </message>
    <message>
        <source>Save the answers to a file</source>
        <translation>Save the answers to a file</translation>
    </message>
    <message>
        <source>Answer files (*.json)</source>
        <translation>Answer files (*.json)</translation>
    </message>
    <message>
        <source>Could not save the file</source>
        <translation>Could not save the file</translation>
    </message>
</context>
</TS>
