<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ecoassess</source>
        <translation>เกี่ยวกับ ecoassess</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>สัญญาอนุญาต… (&amp;L)</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Action plan</source>
        <translation>แผนปฏิบัติการ</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ยังไม่ดำเนินการ</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>กำลังทำ</translation>
    </message>
    <message>
        <source>done</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <source>Pick the gaps the factory will close; give each an owner, a due date and a status.</source>
        <translation>เลือกสิ่งที่ยังขาดที่โรงงานจะดำเนินการ กำหนดผู้รับผิดชอบ กำหนดเสร็จ และสถานะ</translation>
    </message>
    <message>
        <source>Open gaps (most points first):</source>
        <translation>สิ่งที่ยังขาด (คะแนนที่จะได้เพิ่มมากที่สุดก่อน):</translation>
    </message>
    <message>
        <source>Open gaps</source>
        <translation>สิ่งที่ยังขาด</translation>
    </message>
    <message>
        <source>&amp;Add to the plan</source>
        <translation>เพิ่มเข้าแผน (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove from the plan</source>
        <translation>นำออกจากแผน (&amp;R)</translation>
    </message>
    <message>
        <source>The plan:</source>
        <translation>แผน:</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>(in the plan) %1</source>
        <translation>(อยู่ในแผนแล้ว) %1</translation>
    </message>
    <message>
        <source>criterion %1: %2</source>
        <translation>เกณฑ์ที่ %1: %2</translation>
    </message>
    <message>
        <source>This gap is already in the plan</source>
        <translation>ช่องว่างนี้อยู่ในแผนแล้ว</translation>
    </message>
    <message>
        <source>Remove this action from the plan?

%1: %2</source>
        <translation>นำการดำเนินการนี้ออกจากแผนหรือไม่?

%1: %2</translation>
    </message>
    <message>
        <source>Its owner, due date and status go with it.</source>
        <translation>ผู้รับผิดชอบ กำหนดเสร็จ และสถานะของรายการนี้จะถูกนำออกไปด้วย</translation>
    </message>
    <message>
        <source>Remove from the plan</source>
        <translation>นำออกจากแผน</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
</context>
<context>
    <name>AddItemDialog</name>
    <message>
        <source>Add a requirement item</source>
        <translation>เพิ่มข้อกำหนด</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ยังไม่กำหนด</translation>
    </message>
    <message>
        <source>Title (Thai)</source>
        <translation>ชื่อข้อกำหนด (ภาษาไทย)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>ชื่อข้อกำหนด (ภาษาอังกฤษ)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <source>Maximum points</source>
        <translation>คะแนนเต็ม</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>&amp;Presentation mode (larger text)</source>
        <translation>โหมดนำเสนอ (ตัวอักษรใหญ่) (&amp;P)</translation>
    </message>
    <message>
        <source>Cannot open the assessment</source>
        <translation>เปิดแบบประเมินไม่ได้</translation>
    </message>
</context>
<context>
    <name>AssessmentWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ย้อนกลับ (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>ถัดไป (&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>ปิด (&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>ยืนยัน</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>รายการหน้า (&amp;P)</translation>
    </message>
    <message>
        <source>Next unanswered</source>
        <translation>ข้อที่ยังไม่ตอบ</translation>
    </message>
    <message>
        <source>Go to the next item not answered yet (Ctrl+J)</source>
        <translation>ไปยังข้อถัดไปที่ยังไม่ได้ตอบ (Ctrl+J)</translation>
    </message>
    <message>
        <source>Close this assessment (Ctrl+W); everything is saved</source>
        <translation>ปิดแบบประเมินนี้ (Ctrl+W) ทุกอย่างบันทึกไว้แล้ว</translation>
    </message>
    <message>
        <source>Show or hide the list of pages (Ctrl+L)</source>
        <translation>แสดงหรือซ่อนรายการหน้า (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>BackupExtras</name>
    <message>
        <source>&amp;Full backup (data and evidence) to a file…</source>
        <translation>สำรองข้อมูลทั้งหมด (ข้อมูลและหลักฐาน) เป็นไฟล์… (&amp;F)</translation>
    </message>
    <message>
        <source>No full backup of the data and evidence in the last 30 days. Keep one on another disk or a USB drive: this computer's disk can fail.</source>
        <translation>ยังไม่ได้สำรองข้อมูลและหลักฐานทั้งหมดในช่วง 30 วันที่ผ่านมา ควรเก็บสำเนาไว้ในดิสก์อื่นหรือไดรฟ์ USB เพราะดิสก์ของเครื่องนี้อาจเสียได้</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>สำรองข้อมูลตอนนี้…</translation>
    </message>
    <message>
        <source>Full backup</source>
        <translation>สำรองข้อมูลทั้งหมด</translation>
    </message>
    <message>
        <source>Backing up the data and evidence…</source>
        <translation>กำลังสำรองข้อมูลและหลักฐาน…</translation>
    </message>
    <message>
        <source>Full backup failed</source>
        <translation>สำรองข้อมูลทั้งหมดไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Full backup written: %1</source>
        <translation>สำรองข้อมูลทั้งหมดแล้ว: %1</translation>
    </message>
    <message>
        <source>Written, but %1 evidence files are missing or altered in the data folder and are not in it: %2</source>
        <translation>บันทึกแล้ว แต่หลักฐาน %1 ไฟล์หายหรือถูกแก้ไขในโฟลเดอร์ข้อมูล จึงไม่อยู่ในสำเนา: %2</translation>
    </message>
    <message>
        <source>Full backups (*.ecoassess-backup)</source>
        <translation>ไฟล์สำรองข้อมูลทั้งหมด (*.ecoassess-backup)</translation>
    </message>
</context>
<context>
    <name>BuddhistDateEdit</name>
    <message>
        <source>not a date: use day/month/year</source>
        <translation>ไม่ใช่วันที่: ใช้รูปแบบ วัน/เดือน/ปี</translation>
    </message>
    <message>
        <source>%1 is a Buddhist-Era year: taken as %2 (Common Era)</source>
        <translation>ปี %1 เป็นปี พ.ศ.: ใช้เป็นปี ค.ศ. %2</translation>
    </message>
    <message>
        <source>%1 is a Common-Era year: taken as B.E. %2</source>
        <translation>ปี %1 เป็นปี ค.ศ.: ใช้เป็นปี พ.ศ. %2</translation>
    </message>
    <message>
        <source>dd/mm/yyyy (B.E.)</source>
        <translation>วว/ดด/ปปปป (พ.ศ.)</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>เลือกจากปฏิทิน</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <source>Previous month</source>
        <translation>เดือนก่อนหน้า</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>เดือนถัดไป</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>เดือน</translation>
    </message>
    <message>
        <source>Year (B.E.)</source>
        <translation>ปี (พ.ศ.)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>ปี</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>วัน</translation>
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
        <translation>อุตสาหกรรมสีเขียว</translation>
    </message>
    <message>
        <source>White Flag Green Star (green star)</source>
        <translation>ธงขาวดาวเขียว</translation>
    </message>
    <message>
        <source>White Flag Green Star (gold star)</source>
        <translation>ธงขาวดาวทอง</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <source>CSR-DIW</source>
        <translation>CSR-DIW</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>การรับรอง</translation>
    </message>
    <message>
        <source>level or name</source>
        <translation>ระดับหรือชื่อ</translation>
    </message>
    <message>
        <source>Level or name of the certificate</source>
        <translation>ระดับหรือชื่อของใบรับรอง</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>ใช้ได้ถึง</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
</context>
<context>
    <name>CertificationsEditor</name>
    <message>
        <source>Add a &amp;certification</source>
        <translation>เพิ่มการรับรอง (&amp;C)</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Show only criteria that changed</source>
        <translation>แสดงเฉพาะเกณฑ์ที่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Then: %1 · Now: %2</source>
        <translation>ครั้งก่อน: %1 · ปัจจุบัน: %2</translation>
    </message>
    <message>
        <source>Total: %1 of %2 (%3 %) → %4 of %5 (%6 %), change %7</source>
        <translation>รวม: %1 จาก %2 (ร้อยละ %3) → %4 จาก %5 (ร้อยละ %6) เปลี่ยนแปลง %7</translation>
    </message>
    <message>
        <source>Verdict: %1 → %2</source>
        <translation>ผลการประเมิน: %1 → %2</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <source>Comparison: %1, %2</source>
        <translation>เปรียบเทียบ: %1, %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>สิ่งที่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>ปี %1</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>ไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>answers: %1</source>
        <translation>คำตอบ: %1</translation>
    </message>
    <message>
        <source>not applicable changed</source>
        <translation>เปลี่ยนสถานะไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>note</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>evidence %1 → %2</source>
        <translation>หลักฐาน %1 → %2</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>This assessment is already here</source>
        <translation>มีแบบประเมินนี้อยู่แล้ว</translation>
    </message>
    <message>
        <source>%1, year %2</source>
        <translation>%1 ปี %2</translation>
    </message>
    <message>
        <source>The file holds an assessment that is already on this computer: %1.</source>
        <translation>ไฟล์นี้มีแบบประเมินที่อยู่ในเครื่องนี้แล้ว: %1</translation>
    </message>
    <message>
        <source>Keep both: the file comes in as a new copy. Replace: the one here is replaced by the file's, answers, evidence and history included (the data is backed up first).</source>
        <translation>เก็บไว้ทั้งสองชุด: นำเข้าไฟล์เป็นสำเนาใหม่ แทนที่: ชุดในเครื่องจะถูกแทนด้วยชุดในไฟล์ รวมทั้งคำตอบ หลักฐาน และประวัติ (สำรองข้อมูลไว้ก่อน)</translation>
    </message>
    <message>
        <source>Assessment id: %1</source>
        <translation>รหัสแบบประเมิน: %1</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>เก็บไว้ทั้งสองชุด</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>แทนที่</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <source>Coordinator</source>
        <translation>ผู้ประสานงาน</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>ผู้ยื่นคำขอ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
</context>
<context>
    <name>CriterionPage</name>
    <message>
        <source>criterion %1: %2</source>
        <translation>เกณฑ์ที่ %1: %2</translation>
    </message>
    <message>
        <source>Criterion %1: %2</source>
        <translation>เกณฑ์ที่ %1: %2</translation>
    </message>
    <message>
        <source>draft criterion: verify against the official FTI criteria</source>
        <translation>เกณฑ์ฉบับร่าง: โปรดตรวจสอบกับเกณฑ์ทางการของ ส.อ.ท.</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>หลักฐาน: %1</translation>
    </message>
    <message>
        <source>Help on %1</source>
        <translation>คำอธิบาย %1</translation>
    </message>
    <message>
        <source>Help (F1)</source>
        <translation>คำอธิบาย (F1)</translation>
    </message>
    <message>
        <source>What this criterion means, the terms it uses, and where the help comes from</source>
        <translation>เกณฑ์นี้หมายถึงอะไร คำศัพท์ที่ใช้ และที่มาของคำอธิบาย</translation>
    </message>
    <message>
        <source>How points are given</source>
        <translation>วิธีให้คะแนน</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>ไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>This criterion does not apply to the factory (N/A)</source>
        <translation>เกณฑ์นี้ไม่เกี่ยวข้องกับโรงงาน</translation>
    </message>
    <message>
        <source>Justification (required for N/A)</source>
        <translation>เหตุผล (จำเป็นเมื่อระบุว่าไม่เกี่ยวข้อง)</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>บันทึกเพิ่มเติม (&amp;T)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>บันทึกเพิ่มเติม</translation>
    </message>
    <message>
        <source>Carried over from the previous assessment: check the answers, then press Next to confirm.</source>
        <translation>คัดลอกมาจากการประเมินครั้งก่อน: ตรวจคำตอบ แล้วกด ถัดไป เพื่อยืนยัน</translation>
    </message>
    <message>
        <source>Give a justification before moving on: N/A must be explained.</source>
        <translation>ต้องระบุเหตุผลก่อนไปต่อ: การระบุว่าไม่เกี่ยวข้องต้องมีคำอธิบาย</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>ค้นหาใน:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>โฟลเดอร์:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>ชื่อไฟล์:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>ชนิดไฟล์:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>เลือก</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ทุกไฟล์ (*)</translation>
    </message>
</context>
<context>
    <name>DimensionsPanel</name>
    <message>
        <source>Edit the mapping…</source>
        <translation>แก้ไขการจัดกลุ่ม…</translation>
    </message>
    <message>
        <source>Back to the app's draft mapping</source>
        <translation>กลับไปใช้การจัดกลุ่มร่างของแอป</translation>
    </message>
</context>
<context>
    <name>EstateActions</name>
    <message>
        <source>Importing the factories' files…</source>
        <translation>กำลังนำเข้าไฟล์ของโรงงาน…</translation>
    </message>
    <message>
        <source>No .ecoassess files in %1</source>
        <translation>ไม่มีไฟล์ .ecoassess ใน %1</translation>
    </message>
    <message>
        <source>Importing the folder…</source>
        <translation>กำลังนำเข้าโฟลเดอร์…</translation>
    </message>
    <message>
        <source>There is no assessment on this computer yet.</source>
        <translation>ยังไม่มีการประเมินในเครื่องนี้</translation>
    </message>
    <message>
        <source>Taking the assessments in…</source>
        <translation>กำลังนำการประเมินเข้าสู่นิคม…</translation>
    </message>
    <message>
        <source>Delete the estate</source>
        <translation>ลบนิคม</translation>
    </message>
    <message>
        <source>Delete the estate %1 with its %2 snapshots of %3 factories?</source>
        <translation>ลบนิคม %1 พร้อมข้อมูลที่นำเข้า %2 ชุดของโรงงาน %3 แห่งหรือไม่</translation>
    </message>
    <message>
        <source>The database is backed up first; the factories' own files are not touched.</source>
        <translation>ระบบจะสำรองฐานข้อมูลไว้ก่อน ไฟล์ของโรงงานเองจะไม่ถูกแตะต้อง</translation>
    </message>
    <message>
        <source>Remove the snapshot</source>
        <translation>ลบข้อมูลที่นำเข้า</translation>
    </message>
    <message>
        <source>Remove the snapshot of %1 from the estate?</source>
        <translation>ลบข้อมูลที่นำเข้าของ %1 ออกจากนิคมหรือไม่</translation>
    </message>
    <message>
        <source>The factory's own file is not touched; its other snapshots stay.</source>
        <translation>ไฟล์ของโรงงานเองจะไม่ถูกแตะต้อง และข้อมูลชุดอื่นของโรงงานยังอยู่</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Remove the item</source>
        <translation>ลบข้อกำหนด</translation>
    </message>
    <message>
        <source>Remove the item %1 that you added?</source>
        <translation>ลบข้อกำหนด %1 ที่คุณเพิ่มไว้หรือไม่</translation>
    </message>
    <message>
        <source>Its status, evidence and note go with it.</source>
        <translation>สถานะ หลักฐาน และหมายเหตุของข้อกำหนดนี้จะถูกลบไปด้วย</translation>
    </message>
    <message>
        <source>Readiness threshold</source>
        <translation>เกณฑ์ความพร้อม</translation>
    </message>
    <message>
        <source>The Eco Factory pass mark is not public. Factories at or above this readiness are counted; leave it unset to use the scheme's assumption.</source>
        <translation>เกณฑ์ผ่าน Eco Factory ยังไม่เปิดเผย จะนับโรงงานที่มีความพร้อมถึงค่านี้ หากไม่กำหนดจะใช้ค่าสมมติฐานของเกณฑ์</translation>
    </message>
    <message>
        <source>Threshold of the level</source>
        <translation>เกณฑ์ผ่านของระดับ</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>บันทึกไฟล์แล้ว: %1</translation>
    </message>
    <message>
        <source>Writing the estate report…</source>
        <translation>กำลังเขียนรายงานของนิคม…</translation>
    </message>
    <message>
        <source>Writing the spreadsheet…</source>
        <translation>กำลังเขียนตารางคำนวณ…</translation>
    </message>
</context>
<context>
    <name>EstateAsks</name>
    <message>
        <source>Factories' assessment files</source>
        <translation>ไฟล์ผลประเมินของโรงงาน</translation>
    </message>
    <message>
        <source>Assessment files (*.ecoassess)</source>
        <translation>ไฟล์ผลประเมิน (*.ecoassess)</translation>
    </message>
    <message>
        <source>Folder of .ecoassess files</source>
        <translation>โฟลเดอร์ที่มีไฟล์ .ecoassess</translation>
    </message>
    <message>
        <source>PDF in Thai (*.pdf)</source>
        <translation>PDF ภาษาไทย (*.pdf)</translation>
    </message>
    <message>
        <source>PDF in English (*.pdf)</source>
        <translation>PDF ภาษาอังกฤษ (*.pdf)</translation>
    </message>
    <message>
        <source>PDF in Thai and English (*.pdf)</source>
        <translation>PDF ภาษาไทยพร้อมภาษาอังกฤษ (*.pdf)</translation>
    </message>
    <message>
        <source>Estate report</source>
        <translation>รายงานของนิคม</translation>
    </message>
    <message>
        <source>Excel workbook: heat map, figures, levels (*.xlsx)</source>
        <translation>สมุดงาน Excel: แผนภาพรายเกณฑ์ ตัวเลข ระดับ (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8: the heat map (*.csv)</source>
        <translation>CSV แบบ UTF-8: แผนภาพรายเกณฑ์ (*.csv)</translation>
    </message>
    <message>
        <source>Estate spreadsheet</source>
        <translation>ตารางคำนวณของนิคม</translation>
    </message>
    <message>
        <source>Agreement to share</source>
        <translation>ความยินยอมเปิดเผยข้อมูล</translation>
    </message>
    <message>
        <source>Did these factories agree to share their self-assessment data with the estate?</source>
        <translation>โรงงานเหล่านี้ยินยอมให้นิคมใช้ข้อมูลการประเมินตนเองหรือไม่</translation>
    </message>
    <message>
        <source>Yes, they agreed</source>
        <translation>ใช่ ยินยอมแล้ว</translation>
    </message>
    <message>
        <source>No, or not known</source>
        <translation>ไม่ยินยอม หรือไม่ทราบ</translation>
    </message>
    <message>
        <source>Yes: recorded as agreed; reports may name them. No: the data are kept, and reports show the factory by its code only.</source>
        <translation>ยินยอม: บันทึกว่ายินยอม รายงานแสดงชื่อโรงงานได้ ไม่ยินยอมหรือไม่ทราบ: เก็บข้อมูลไว้ แต่รายงานแสดงโรงงานด้วยรหัสเท่านั้น</translation>
    </message>
</context>
<context>
    <name>EstateWindow</name>
    <message>
        <source>Estate view (Eco Industrial Town)</source>
        <translation>มุมมองนิคมอุตสาหกรรม (เมืองอุตสาหกรรมเชิงนิเวศ)</translation>
    </message>
    <message>
        <source>Estate:</source>
        <translation>นิคม:</translation>
    </message>
    <message>
        <source>&amp;New estate…</source>
        <translation>เพิ่มนิคม… (&amp;N)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>ลบ…</translation>
    </message>
    <message>
        <source>Delete this estate and its snapshots (the data are backed up first)</source>
        <translation>ลบนิคมนี้พร้อมข้อมูลที่นำเข้า (สำรองข้อมูลไว้ก่อน)</translation>
    </message>
    <message>
        <source>Codes instead of factory names</source>
        <translation>แสดงรหัสแทนชื่อโรงงาน</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>แผนภาพรายเกณฑ์</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>มิติ</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <source>Factories and snapshots</source>
        <translation>โรงงานและข้อมูลที่นำเข้า</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>นำเข้าไฟล์… (&amp;I)</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>นำเข้าทั้งโฟลเดอร์… (&amp;F)</translation>
    </message>
    <message>
        <source>From this &amp;computer…</source>
        <translation>จากเครื่องนี้… (&amp;C)</translation>
    </message>
    <message>
        <source>Estate &amp;report (PDF)…</source>
        <translation>รายงานของนิคม (PDF)… (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet (XLSX/CSV)…</source>
        <translation>ตารางคำนวณ (XLSX/CSV)… (&amp;S)</translation>
    </message>
    <message>
        <source>Each file is checked whole; a refused file changes nothing</source>
        <translation>ตรวจทั้งไฟล์ก่อนนำเข้า ไฟล์ที่ถูกปฏิเสธจะไม่เปลี่ยนแปลงข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>Computing the estate view…</source>
        <translation>กำลังคำนวณภาพรวมของนิคม…</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Evidence: %1</source>
        <translation>หลักฐาน: %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>วันที่ของเอกสาร</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>ใช้ได้ถึง</translation>
    </message>
    <message>
        <source>The last day the document is valid (a permit, a certificate, a calibration). Leave empty when it does not expire.</source>
        <translation>วันสุดท้ายที่เอกสารยังใช้ได้ (ใบอนุญาต ใบรับรอง ผลการสอบเทียบ) เว้นว่างไว้ถ้าเอกสารไม่มีวันหมดอายุ</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>คำอธิบาย (&amp;D)</translation>
    </message>
    <message>
        <source>Document &amp;date</source>
        <translation>วันที่ของเอกสาร (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>ใช้ได้ถึง (&amp;V)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <source>Attach files with the button or drop them here.</source>
        <translation>แนบไฟล์ด้วยปุ่ม หรือลากไฟล์มาวางที่นี่</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>วันที่ของเอกสาร</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>ใช้ได้ถึง</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>ไฟล์หลักฐาน</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>แนบไฟล์… (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>แก้ไข… (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>เปิด (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>เลิกเชื่อมโยง (&amp;U)</translation>
    </message>
    <message>
        <source>Expires on %1, before the planned audit on %2</source>
        <translation>หมดอายุ %1 ก่อนวันตรวจประเมินที่วางแผนไว้ %2</translation>
    </message>
    <message>
        <source>Expired on %1; no audit date is planned</source>
        <translation>หมดอายุแล้วเมื่อ %1 และยังไม่ได้กำหนดวันตรวจประเมิน</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>แนบหลักฐาน</translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation>แนบไฟล์ไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>บันทึกไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Could not open</source>
        <translation>เปิดไฟล์ไม่ได้</translation>
    </message>
    <message>
        <source>The file stays in the assessment's evidence for %1.</source>
        <translation>ไฟล์ยังเป็นหลักฐานของแบบประเมินนี้สำหรับ %1</translation>
    </message>
    <message>
        <source>No other question cites it; it stays in the data folder and in backups.</source>
        <translation>ไม่มีข้ออื่นอ้างถึงไฟล์นี้ ไฟล์ยังคงอยู่ในโฟลเดอร์ข้อมูลและในข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Unlink evidence</source>
        <translation>เลิกเชื่อมโยงหลักฐาน</translation>
    </message>
    <message>
        <source>Unlink %1 from %2?</source>
        <translation>เลิกเชื่อมโยง %1 จาก %2 หรือไม่?</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>เลิกเชื่อมโยง</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <source>Export the dossier</source>
        <translation>ส่งออกเอกสารประกอบการยื่น</translation>
    </message>
    <message>
        <source>A PDF to submit: the self-assessment report with its evidence list.</source>
        <translation>ไฟล์ PDF สำหรับยื่น: รายงานการประเมินตนเองพร้อมรายการหลักฐาน</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Signatory na&amp;me</source>
        <translation>ชื่อผู้ลงนาม (&amp;M)</translation>
    </message>
    <message>
        <source>Signatory posi&amp;tion</source>
        <translation>ตำแหน่งผู้ลงนาม (&amp;T)</translation>
    </message>
    <message>
        <source>O&amp;utput file</source>
        <translation>ไฟล์ปลายทาง (&amp;U)</translation>
    </message>
    <message>
        <source>Signatory name</source>
        <translation>ชื่อผู้ลงนาม</translation>
    </message>
    <message>
        <source>Signatory position</source>
        <translation>ตำแหน่งผู้ลงนาม</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>ไฟล์ปลายทาง</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>เลือกที่เก็บ… (&amp;W)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>ภาษาไทย</translation>
    </message>
    <message>
        <source>English</source>
        <translation>ภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Thai and English</source>
        <translation>ภาษาไทยและภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Include images and PDF evidence in an annex</source>
        <translation>รวมหลักฐานที่เป็นรูปภาพและ PDF ไว้ในภาคผนวก</translation>
    </message>
    <message>
        <source>&amp;Export PDF</source>
        <translation>ส่งออก PDF (&amp;E)</translation>
    </message>
    <message>
        <source>Open the &amp;file</source>
        <translation>เปิดไฟล์ (&amp;F)</translation>
    </message>
    <message>
        <source>Open its f&amp;older</source>
        <translation>เปิดโฟลเดอร์ (&amp;O)</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>แบบประเมิน</translation>
    </message>
    <message>
        <source>%1 Eco Factory%2</source>
        <translation>%1 โรงงานอุตสาหกรรมเชิงนิเวศ%2</translation>
    </message>
    <message>
        <source>Save the dossier as</source>
        <translation>บันทึกเอกสารเป็น</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose an output file in an existing folder.</source>
        <translation>เลือกไฟล์ปลายทางในโฟลเดอร์ที่มีอยู่</translation>
    </message>
    <message>
        <source>Not exported: some changes are not saved yet (%1).</source>
        <translation>ยังไม่ได้ส่งออก: การแก้ไขบางส่วนยังไม่ได้บันทึก (%1)</translation>
    </message>
    <message>
        <source>Building the dossier…</source>
        <translation>กำลังจัดทำเอกสาร…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>บันทึกไฟล์แล้ว: %1</translation>
    </message>
    <message>
        <source>The dossier could not be written: %1</source>
        <translation>จัดทำเอกสารไม่สำเร็จ: %1</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>อภิธานศัพท์</translation>
    </message>
    <message>
        <source>The terms and abbreviations the criteria use, each with where it comes from. Type to find one.</source>
        <translation>คำศัพท์และคำย่อที่เกณฑ์ใช้ พร้อมที่มาของแต่ละคำ พิมพ์เพื่อค้นหา</translation>
    </message>
    <message>
        <source>Find a term (e.g. SEC, ผชพ.)</source>
        <translation>ค้นหาคำศัพท์ (เช่น SEC, ผชพ.)</translation>
    </message>
    <message>
        <source>Find a term</source>
        <translation>ค้นหาคำศัพท์</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>คำศัพท์</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>ความหมาย</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ที่มา</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>HeatMapPanel</name>
    <message>
        <source>(header: criterion and estate mean; point to a code for its name; click to sort)</source>
        <translation>(หัวตาราง: เกณฑ์และค่าเฉลี่ยของนิคม ชี้ที่รหัสเพื่อดูชื่อเกณฑ์ คลิกเพื่อเรียงลำดับ)</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>User &amp;guide</source>
        <translation>คู่มือการใช้งาน (&amp;G)</translation>
    </message>
    <message>
        <source>Save &amp;diagnostics for support…</source>
        <translation>บันทึกข้อมูลวินิจฉัยสำหรับผู้ดูแล… (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>เกี่ยวกับโปรแกรม (&amp;A)</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation (%1).</source>
        <translation>ไม่พบคู่มือการใช้งานในโปรแกรมที่ติดตั้งนี้ (%1)</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>คู่มือการใช้งาน</translation>
    </message>
    <message>
        <source>Licences and third-party notices</source>
        <translation>สัญญาอนุญาตและประกาศของซอฟต์แวร์ที่นำมาใช้</translation>
    </message>
    <message>
        <source>ecoassess %1: Eco Factory readiness self-assessment</source>
        <translation>ecoassess %1: ประเมินความพร้อมโรงงานอุตสาหกรรมเชิงนิเวศด้วยตนเอง</translation>
    </message>
    <message>
        <source>Scheme: %1, version %2</source>
        <translation>เกณฑ์: %1 รุ่น %2</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>โฟลเดอร์ข้อมูล: %1</translation>
    </message>
    <message>
        <source>The scheme's wording is ours, not the official FTI text; criteria whose indicators are not public are drafted and marked as draft on every page and in the dossier.</source>
        <translation>ถ้อยคำของเกณฑ์เรียบเรียงใหม่ มิใช่ข้อความทางการของ ส.อ.ท. เกณฑ์ที่ไม่มีตัวชี้วัดเผยแพร่เป็นฉบับร่าง และมีเครื่องหมายว่าเป็นร่างในทุกหน้าและในเอกสาร</translation>
    </message>
    <message>
        <source>ecoassess is free software under the MIT licence. It is built on Qt (LGPL-3.0) and other open-source components, and uses the Sarabun font (SIL OFL 1.1); Licences… lists them all.</source>
        <translation>ecoassess เป็นซอฟต์แวร์เสรีภายใต้สัญญาอนุญาต MIT สร้างขึ้นบน Qt (LGPL-3.0) และส่วนประกอบโอเพนซอร์สอื่น ๆ และใช้ฟอนต์ Sarabun (SIL OFL 1.1) ปุ่ม สัญญาอนุญาต… แสดงรายการทั้งหมด</translation>
    </message>
    <message>
        <source>Could not save the diagnostics</source>
        <translation>บันทึกข้อมูลวินิจฉัยไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Diagnostics saved: %1. Send this file to whoever supports you; it holds no answers.</source>
        <translation>บันทึกข้อมูลวินิจฉัยแล้ว: %1 ส่งไฟล์นี้ให้ผู้ดูแลของคุณ ไฟล์นี้ไม่มีคำตอบของแบบประเมิน</translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation>บันทึกข้อมูลวินิจฉัย</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>ไฟล์ข้อความ (*.txt)</translation>
    </message>
</context>
<context>
    <name>HelpPane</name>
    <message>
        <source>source: %1</source>
        <translation>ที่มา: %1</translation>
    </message>
    <message>
        <source>This is the top of the ladder.</source>
        <translation>นี่คือระดับสูงสุดของเกณฑ์แล้ว</translation>
    </message>
    <message>
        <source>What this criterion is about</source>
        <translation>เกณฑ์นี้เกี่ยวกับอะไร</translation>
    </message>
    <message>
        <source>How it is scored</source>
        <translation>วิธีให้คะแนน</translation>
    </message>
    <message>
        <source>Terms used here</source>
        <translation>คำศัพท์ที่ใช้ในเกณฑ์นี้</translation>
    </message>
    <message>
        <source>Where this help comes from</source>
        <translation>ที่มาของคำอธิบายนี้</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>หมายถึงอะไร</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>ตัวอย่าง</translation>
    </message>
    <message>
        <source>Examples of evidence</source>
        <translation>ตัวอย่างหลักฐาน</translation>
    </message>
    <message>
        <source>What the next level needs</source>
        <translation>ระดับถัดไปต้องมีอะไร</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Change history</source>
        <translation>ประวัติการแก้ไข</translation>
    </message>
    <message>
        <source>What</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>ค่าเดิม</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>ค่าใหม่</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>หน้า</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>แสดง (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Restore the value before this change</source>
        <translation>กู้คืนค่าก่อนการแก้ไขนี้ (&amp;R)</translation>
    </message>
    <message>
        <source>Puts back the old value of the selected row; the restore is itself recorded here</source>
        <translation>นำค่าเดิมของแถวที่เลือกกลับมา การกู้คืนจะถูกบันทึกไว้ในประวัตินี้ด้วย</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>ทุกหน้า</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 การแก้ไข</translation>
    </message>
</context>
<context>
    <name>HomeCommands</name>
    <message>
        <source>Could not create the assessment</source>
        <translation>สร้างแบบประเมินไม่ได้</translation>
    </message>
    <message>
        <source>(factory not named yet)</source>
        <translation>(ยังไม่ได้ตั้งชื่อโรงงาน)</translation>
    </message>
    <message>
        <source>%1, year %2</source>
        <translation>%1 ปี %2</translation>
    </message>
    <message>
        <source>Could not copy</source>
        <translation>คัดลอกไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Delete an assessment</source>
        <translation>ลบแบบประเมิน</translation>
    </message>
    <message>
        <source>Delete the assessment of %1?</source>
        <translation>ลบแบบประเมินของ %1 หรือไม่?</translation>
    </message>
    <message>
        <source>Its answers, evidence links, actions and history go. A backup copy of all the data is kept first, so it can be restored.</source>
        <translation>คำตอบ การเชื่อมโยงหลักฐาน แผนปฏิบัติการ และประวัติการแก้ไขจะหายไป ระบบสำรองข้อมูลทั้งหมดไว้ก่อน จึงกู้คืนได้</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>%1 is open in its window. Close the window first?</source>
        <translation>%1 เปิดอยู่ในหน้าต่าง ปิดหน้าต่างก่อนหรือไม่?</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>ปิดหน้าต่าง</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Everything typed in it is saved before it closes.</source>
        <translation>ทุกอย่างที่พิมพ์ไว้จะถูกบันทึกก่อนปิด</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>ลบไม่ได้</translation>
    </message>
    <message>
        <source>Deleted. Backup: %1</source>
        <translation>ลบแล้ว ข้อมูลสำรอง: %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>กำลังสำรองข้อมูล…</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>สำรองข้อมูลแล้ว: %1</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>สำรองข้อมูลไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>กู้คืนจากข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3 *.ecoassess-backup)</source>
        <translation>ไฟล์สำรอง (*.sqlite3 *.ecoassess-backup)</translation>
    </message>
    <message>
        <source>Replace all the data on this computer with the backup %1?</source>
        <translation>แทนที่ข้อมูลทั้งหมดในเครื่องนี้ด้วยข้อมูลสำรอง %1 หรือไม่?</translation>
    </message>
    <message>
        <source>Every assessment changes to what the backup holds; open windows close. A copy of the current data is kept.</source>
        <translation>แบบประเมินทุกชุดจะเปลี่ยนเป็นตามข้อมูลสำรอง หน้าต่างที่เปิดอยู่จะปิด ระบบเก็บสำเนาข้อมูลปัจจุบันไว้</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>แทนที่</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>กู้คืนไม่สำเร็จ</translation>
    </message>
</context>
<context>
    <name>HomeExtras</name>
    <message>
        <source>&amp;Import assessment file…</source>
        <translation>นำเข้าไฟล์แบบประเมิน… (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Export as assessment file…</source>
        <translation>ส่งออกเป็นไฟล์แบบประเมิน… (&amp;E)</translation>
    </message>
    <message>
        <source>Export for the estate (without contact details)…</source>
        <translation>ส่งออกให้นิคม (ไม่มีข้อมูลผู้ติดต่อ)…</translation>
    </message>
    <message>
        <source>Export &amp;spreadsheet (CSV/XLSX)…</source>
        <translation>ส่งออกตาราง (CSV/XLSX)… (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Compare with the earlier assessment…</source>
        <translation>เปรียบเทียบกับการประเมินครั้งก่อน… (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Workshop mode (class overview)…</source>
        <translation>โหมดอบรม (ภาพรวมของทั้งชั้น)… (&amp;W)</translation>
    </message>
    <message>
        <source>The same file without contact persons and the signatory (personal data under PDPA)</source>
        <translation>ไฟล์เดียวกันแต่ไม่มีข้อมูลผู้ติดต่อและผู้ลงนาม (ข้อมูลส่วนบุคคลตาม PDPA)</translation>
    </message>
    <message>
        <source>Export file…</source>
        <translation>ส่งออกไฟล์…</translation>
    </message>
    <message>
        <source>Write the selected assessment, with its evidence, to one .ecoassess file to hand over or move</source>
        <translation>บันทึกการประเมินที่เลือกพร้อมไฟล์หลักฐานเป็นไฟล์ .ecoassess ไฟล์เดียว เพื่อส่งต่อหรือย้ายเครื่อง</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>การเปรียบเทียบ</translation>
    </message>
    <message>
        <source>There is no earlier assessment of this factory to compare with. Use “New for next year” to carry an assessment forward.</source>
        <translation>ยังไม่มีการประเมินครั้งก่อนของโรงงานนี้ให้เปรียบเทียบ ใช้ “สร้างสำหรับปีถัดไป” เพื่อยกแบบประเมินไปปีถัดไป</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>ตาราง</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>บันทึกไฟล์แล้ว: %1</translation>
    </message>
    <message>
        <source>Export spreadsheet</source>
        <translation>ส่งออกตาราง</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>สมุดงาน Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
</context>
<context>
    <name>HomeWindow</name>
    <message>
        <source>Eco Factory readiness</source>
        <translation>ความพร้อมโรงงานอุตสาหกรรมเชิงนิเวศ</translation>
    </message>
    <message>
        <source>Assessments on this computer</source>
        <translation>แบบประเมินในเครื่องนี้</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>โรงงาน</translation>
    </message>
    <message>
        <source>Scheme version</source>
        <translation>รุ่นของเกณฑ์</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>ปี</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>แก้ไขล่าสุด</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>ความพร้อม</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>แบบประเมิน</translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation>แบบประเมินใหม่ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>เปิด (&amp;O)</translation>
    </message>
    <message>
        <source>New for ne&amp;xt year</source>
        <translation>สร้างสำหรับปีถัดไป (&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ลบ (&amp;D)</translation>
    </message>
    <message>
        <source>Hi&amp;story…</source>
        <translation>ประวัติการแก้ไข… (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Back up the data…</source>
        <translation>สำรองข้อมูล… (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>กู้คืนจากข้อมูลสำรอง… (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออกจากโปรแกรม (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Estate view (Eco Industrial Town)…</source>
        <translation>มุมมองนิคมอุตสาหกรรม (เมืองอุตสาหกรรมเชิงนิเวศ)… (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>แฟ้ม (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
        <source>No assessment yet. Press “%1” below to start one, or import a file you were given from the “%2” menu (or drop it on this window). Everything you enter is saved automatically.</source>
        <translation>ยังไม่มีแบบประเมิน กด “%1” ด้านล่างเพื่อเริ่ม หรือนำเข้าไฟล์แบบประเมินที่ได้รับมาจากเมนู “%2” (หรือลากไฟล์มาวางบนหน้าต่างนี้) ทุกอย่างที่กรอกจะบันทึกให้อัตโนมัติ</translation>
    </message>
    <message>
        <source>Opening the data folder…</source>
        <translation>กำลังเปิดโฟลเดอร์ข้อมูล…</translation>
    </message>
    <message>
        <source>Cannot open the data folder</source>
        <translation>เปิดโฟลเดอร์ข้อมูลไม่ได้</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>โฟลเดอร์ข้อมูล</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>ฉบับร่าง</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>ครบถ้วน</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>ยื่นแล้ว</translation>
    </message>
    <message>
        <source>(factory not named yet)</source>
        <translation>(ยังไม่ได้ตั้งชื่อโรงงาน)</translation>
    </message>
    <message>
        <source>[demo]</source>
        <translation>[ตัวอย่าง]</translation>
    </message>
    <message>
        <source>(from %1)</source>
        <translation>(ต่อจากปี %1)</translation>
    </message>
</context>
<context>
    <name>ImprovementPage</name>
    <message>
        <source>Continual improvement</source>
        <translation>การปรับปรุงอย่างต่อเนื่อง</translation>
    </message>
    <message>
        <source>Three years of data: product value and the amounts used or emitted.</source>
        <translation>ข้อมูล 3 ปี: มูลค่าผลิตภัณฑ์ และปริมาณที่ใช้หรือปล่อยออก</translation>
    </message>
    <message>
        <source>&amp;Latest year of data</source>
        <translation>ปีล่าสุดของข้อมูล (&amp;L)</translation>
    </message>
    <message>
        <source>Latest year of data</source>
        <translation>ปีล่าสุดของข้อมูล</translation>
    </message>
    <message>
        <source>Data per year (type numbers; they are saved at once):</source>
        <translation>ข้อมูลรายปี (พิมพ์ตัวเลข ระบบบันทึกทันที):</translation>
    </message>
    <message>
        <source>Data per year</source>
        <translation>ข้อมูลรายปี</translation>
    </message>
    <message>
        <source>Intensity %1, change on the year before, and trend:</source>
        <translation>ดัชนีความเข้ม %1 การเปลี่ยนแปลงจากปีก่อน และแนวโน้ม:</translation>
    </message>
    <message>
        <source>Intensities and trend</source>
        <translation>ดัชนีความเข้มและแนวโน้ม</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>รายปี</translation>
    </message>
    <message>
        <source>“%1” is not a quantity: type a number of zero or more, e.g. 12,500.75.</source>
        <translation>“%1” ไม่ใช่ปริมาณที่ใช้ได้ โปรดพิมพ์ตัวเลขตั้งแต่ศูนย์ขึ้นไป เช่น 12,500.75</translation>
    </message>
    <message>
        <source>(%1 more cells to correct)</source>
        <translation>(ยังมีอีก %1 ช่องที่ต้องแก้)</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>ดัชนีความเข้ม</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>แนวโน้ม</translation>
    </message>
    <message>
        <source>improving every year</source>
        <translation>ดีขึ้นทุกปี</translation>
    </message>
    <message>
        <source>not improving every year</source>
        <translation>ไม่ได้ดีขึ้นทุกปี</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>ข้อมูลไม่พอ</translation>
    </message>
</context>
<context>
    <name>InputControl</name>
    <message>
        <source>Evidence: %1</source>
        <translation>หลักฐาน: %1</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Requirement status</source>
        <translation>สถานะของข้อกำหนด</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ยังไม่กำหนด</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <source>Maximum points</source>
        <translation>คะแนนเต็ม</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
</context>
<context>
    <name>LevelsPanel</name>
    <message>
        <source>Framework:</source>
        <translation>เกณฑ์:</translation>
    </message>
    <message>
        <source>Set the threshold…</source>
        <translation>กำหนดเกณฑ์ผ่าน…</translation>
    </message>
    <message>
        <source>Record the status…</source>
        <translation>บันทึกสถานะ…</translation>
    </message>
    <message>
        <source>Add an item…</source>
        <translation>เพิ่มข้อกำหนด…</translation>
    </message>
    <message>
        <source>Remove the item…</source>
        <translation>ลบข้อกำหนดนี้…</translation>
    </message>
    <message>
        <source>Name the selected slot…</source>
        <translation>ตั้งชื่อช่องที่เลือก…</translation>
    </message>
    <message>
        <source>Evidence and notes</source>
        <translation>หลักฐานและหมายเหตุ</translation>
    </message>
    <message>
        <source>Levels in public sources</source>
        <translation>ระดับตามแหล่งข้อมูลสาธารณะ</translation>
    </message>
</context>
<context>
    <name>LocalDialog</name>
    <message>
        <source>Assessments on this computer</source>
        <translation>แบบประเมินในเครื่องนี้</translation>
    </message>
    <message>
        <source>Tick the assessments to take into the estate:</source>
        <translation>เลือกการประเมินที่จะนำเข้าสู่นิคม:</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Dimension mapping</source>
        <translation>การจัดเกณฑ์เข้ามิติ</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>มิติ</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ไม่จัดเข้ามิติใด)</translation>
    </message>
    <message>
        <source>the app's mapping is an inference, not IEAT's. Your mapping is used for this estate.</source>
        <translation>การจัดกลุ่มของแอปเป็นการอนุมาน ไม่ใช่ของ กนอ. การจัดกลุ่มที่คุณกำหนดจะใช้กับนิคมนี้</translation>
    </message>
</context>
<context>
    <name>MetChoice</name>
    <message>
        <source>Met</source>
        <translation>ผ่าน</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>ไม่ผ่าน</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>ยังไม่ได้ตอบ</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>แบบประเมินใหม่</translation>
    </message>
    <message>
        <source>Which factory is assessed, and for which year? Everything else is asked page by page and saved as you type.</source>
        <translation>ประเมินโรงงานใด สำหรับปีใด ข้อมูลอื่นจะถามทีละหน้าและบันทึกทันทีขณะพิมพ์</translation>
    </message>
    <message>
        <source>Factory name (Thai)</source>
        <translation>ชื่อโรงงาน (ภาษาไทย)</translation>
    </message>
    <message>
        <source>Factory name (English)</source>
        <translation>ชื่อโรงงาน (ภาษาอังกฤษ)</translation>
    </message>
    <message>
        <source>Year assessed</source>
        <translation>ปีที่ประเมิน</translation>
    </message>
    <message>
        <source>Factory name (&amp;Thai)</source>
        <translation>ชื่อโรงงาน ภาษาไทย (&amp;T)</translation>
    </message>
    <message>
        <source>Factory name (&amp;English)</source>
        <translation>ชื่อโรงงาน ภาษาอังกฤษ (&amp;E)</translation>
    </message>
    <message>
        <source>Enter the name in Thai or English (or both).</source>
        <translation>กรอกชื่อภาษาไทยหรือภาษาอังกฤษ (หรือทั้งสองภาษา)</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>สร้าง (&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>&amp;Year assessed (B.E.)</source>
        <translation>ปีที่ประเมิน พ.ศ. (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Year assessed</source>
        <translation>ปีที่ประเมิน (&amp;Y)</translation>
    </message>
</context>
<context>
    <name>NewEstateDialog</name>
    <message>
        <source>New estate</source>
        <translation>เพิ่มนิคม</translation>
    </message>
    <message>
        <source>an estate from the IEAT list, or another name</source>
        <translation>นิคมจากรายชื่อของ กนอ. หรือชื่ออื่น</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>นิคม</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <source>A name that is not on the IEAT list is kept as you type it.</source>
        <translation>ชื่อที่ไม่อยู่ในรายชื่อของ กนอ. จะบันทึกตามที่พิมพ์</translation>
    </message>
</context>
<context>
    <name>NextYearDialog</name>
    <message>
        <source>New for next year</source>
        <translation>สร้างสำหรับปีถัดไป</translation>
    </message>
    <message>
        <source>A copy of %1 (year %2) for a later year: the answers come over marked “carried over” to confirm, the 3-year data move forward a year, and unfinished actions follow.</source>
        <translation>สำเนาของ %1 (ปี %2) สำหรับปีถัดไป: คำตอบจะยกมาพร้อมเครื่องหมาย “ยกมา” ให้ตรวจยืนยัน ข้อมูล 3 ปีเลื่อนไปหนึ่งปี และแผนปฏิบัติการที่ยังไม่เสร็จจะตามมาด้วย</translation>
    </message>
    <message>
        <source>Year of the new assessment</source>
        <translation>ปีของแบบประเมินใหม่</translation>
    </message>
    <message>
        <source>&amp;Year of the new assessment (B.E.)</source>
        <translation>ปีของแบบประเมินใหม่ พ.ศ. (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Year of the new assessment</source>
        <translation>ปีของแบบประเมินใหม่ (&amp;Y)</translation>
    </message>
    <message>
        <source>C&amp;reate the copy</source>
        <translation>สร้างสำเนา (&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Coverage</source>
        <translation>ความครอบคลุมของข้อมูล</translation>
    </message>
    <message>
        <source>Eco Factory readiness</source>
        <translation>ความพร้อมโรงงานอุตสาหกรรมเชิงนิเวศ</translation>
    </message>
    <message>
        <source>Estate-wide eco-efficiency</source>
        <translation>ประสิทธิภาพเชิงนิเวศของนิคม</translation>
    </message>
    <message>
        <source>Symbiosis, circularity and community signals</source>
        <translation>สัญญาณการใช้ประโยชน์ร่วม การหมุนเวียน และชุมชน</translation>
    </message>
    <message>
        <source>Set the threshold…</source>
        <translation>กำหนดเกณฑ์ผ่าน…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>At most %1 characters: attach a longer text as an evidence file.</source>
        <translation>ยาวได้ไม่เกิน %1 ตัวอักษร ข้อความที่ยาวกว่านี้ให้แนบเป็นไฟล์หลักฐาน</translation>
    </message>
</context>
<context>
    <name>PortableController</name>
    <message>
        <source>Importing %1…</source>
        <translation>กำลังนำเข้า %1…</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>นำเข้าแล้ว %1</translation>
    </message>
    <message>
        <source>Import cancelled; nothing changed</source>
        <translation>ยกเลิกการนำเข้าแล้ว ไม่มีข้อมูลใดเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Could not import %1</source>
        <translation>นำเข้า %1 ไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Import assessment files</source>
        <translation>นำเข้าไฟล์แบบประเมิน</translation>
    </message>
    <message>
        <source>Assessment files (*.ecoassess)</source>
        <translation>ไฟล์แบบประเมิน (*.ecoassess)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>กำลังเขียน %1…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>บันทึกไฟล์แล้ว: %1</translation>
    </message>
    <message>
        <source>Could not write the file</source>
        <translation>เขียนไฟล์ไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Export assessment file</source>
        <translation>ส่งออกไฟล์แบบประเมิน</translation>
    </message>
</context>
<context>
    <name>PrerequisitesPage</name>
    <message>
        <source>General requirements</source>
        <translation>ข้อกำหนดทั่วไป</translation>
    </message>
    <message>
        <source>General requirements (G1–G4)</source>
        <translation>ข้อกำหนดทั่วไป (ข้อ 1–4)</translation>
    </message>
    <message>
        <source>Each is met or not met; none gives points. A factory that fails one is not yet eligible.</source>
        <translation>แต่ละข้อผ่านหรือไม่ผ่าน ไม่มีคะแนน โรงงานที่ไม่ผ่านข้อใดข้อหนึ่งยังไม่มีสิทธิ์ขอรับรอง</translation>
    </message>
    <message>
        <source>Help on %1</source>
        <translation>คำอธิบาย %1</translation>
    </message>
    <message>
        <source>Set the factory size on the profile page: what this asks depends on it.</source>
        <translation>ระบุขนาดโรงงานในหน้าข้อมูลโรงงาน: ข้อกำหนดข้อนี้ขึ้นกับขนาด</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>หลักฐาน: %1</translation>
    </message>
    <message>
        <source>Not yet eligible: %1</source>
        <translation>ยังไม่มีสิทธิ์ขอรับรอง: %1</translation>
    </message>
    <message>
        <source>You can still go on and assess the criteria.</source>
        <translation>ยังทำแบบประเมินเกณฑ์ต่อไปได้</translation>
    </message>
    <message>
        <source>Not answered yet: %1</source>
        <translation>ยังไม่ได้ตอบ: %1</translation>
    </message>
    <message>
        <source>No general requirement stands in the way so far.</source>
        <translation>ขณะนี้ยังไม่มีข้อกำหนดทั่วไปข้อใดเป็นอุปสรรค</translation>
    </message>
    <message>
        <source>Certificates on the factory profile:</source>
        <translation>การรับรองในหน้าข้อมูลโรงงาน:</translation>
    </message>
    <message>
        <source>The factory profile lists no ISO 14001, Green Industry or White Flag certificate. Choose one below (its expiry date goes on the profile page) or "none yet".</source>
        <translation>ข้อมูลโรงงานยังไม่มีการรับรอง ISO 14001 อุตสาหกรรมสีเขียว หรือธงขาวดาวเขียว เลือกด้านล่าง (กรอกวันหมดอายุในหน้าข้อมูลโรงงาน) หรือเลือก "ยังไม่มี"</translation>
    </message>
    <message>
        <source>Edit certificates on the profile page</source>
        <translation>แก้ไขการรับรองในหน้าข้อมูลโรงงาน</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Factory name (Thai)</source>
        <translation>ชื่อโรงงาน (ภาษาไทย)</translation>
    </message>
    <message>
        <source>Factory name (English)</source>
        <translation>ชื่อโรงงาน (ภาษาอังกฤษ)</translation>
    </message>
    <message>
        <source>Company name (Thai)</source>
        <translation>ชื่อบริษัท (ภาษาไทย)</translation>
    </message>
    <message>
        <source>Company name (English)</source>
        <translation>ชื่อบริษัท (ภาษาอังกฤษ)</translation>
    </message>
    <message>
        <source>Factory registration number</source>
        <translation>เลขทะเบียนโรงงาน</translation>
    </message>
    <message>
        <source>Tax ID (13 digits)</source>
        <translation>เลขประจำตัวผู้เสียภาษี (13 หลัก)</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>สาขา</translation>
    </message>
    <message>
        <source>Industry type or main product</source>
        <translation>ประเภทอุตสาหกรรมหรือผลิตภัณฑ์หลัก</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>Industrial estate</source>
        <translation>นิคมอุตสาหกรรม</translation>
    </message>
    <message>
        <source>Name of the other estate</source>
        <translation>ชื่อนิคมอุตสาหกรรมอื่น</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>Permanent employees</source>
        <translation>พนักงานประจำ</translation>
    </message>
    <message>
        <source>Outsourced employees</source>
        <translation>พนักงานจ้างเหมา (outsource)</translation>
    </message>
    <message>
        <source>Annual revenue (baht)</source>
        <translation>รายได้ต่อปี (บาท)</translation>
    </message>
    <message>
        <source>Factory size</source>
        <translation>ขนาดโรงงาน</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>ประเภทคำขอ</translation>
    </message>
    <message>
        <source>Planned audit date</source>
        <translation>วันที่คาดว่าจะตรวจประเมิน</translation>
    </message>
    <message>
        <source>Date of this assessment</source>
        <translation>วันที่ประเมินครั้งนี้</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Certifications held</source>
        <translation>การรับรองที่มีอยู่</translation>
    </message>
    <message>
        <source>Factory profile</source>
        <translation>ข้อมูลโรงงาน</translation>
    </message>
    <message>
        <source>What the registration form asks about the factory. Everything is saved as you type.</source>
        <translation>ข้อมูลโรงงานตามแบบคำขอ ทุกอย่างบันทึกทันทีขณะพิมพ์</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>โรงงาน</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>ที่ตั้ง</translation>
    </message>
    <message>
        <source>Employees, revenue and size</source>
        <translation>พนักงาน รายได้ และขนาดโรงงาน</translation>
    </message>
    <message>
        <source>Application, contacts and certifications</source>
        <translation>คำขอ ผู้ติดต่อ และการรับรองที่มีอยู่</translation>
    </message>
    <message>
        <source>13 digits, e.g. %1</source>
        <translation>13 หลัก เช่น %1</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>ขอรับรองใหม่</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>ต่ออายุ</translation>
    </message>
    <message>
        <source>Other estate (type its name)</source>
        <translation>นิคมอุตสาหกรรมอื่น (พิมพ์ชื่อ)</translation>
    </message>
    <message>
        <source>Outside an industrial estate</source>
        <translation>อยู่นอกนิคมอุตสาหกรรม</translation>
    </message>
    <message>
        <source>Not declared (decided by the figures)</source>
        <translation>ไม่ระบุ (ตัดสินจากตัวเลข)</translation>
    </message>
    <message>
        <source>A tax ID has 13 digits (this one has %1).</source>
        <translation>เลขประจำตัวผู้เสียภาษีมี 13 หลัก (ที่กรอกมี %1 หลัก)</translation>
    </message>
    <message>
        <source>Check the digits: the last one does not match (it is a check digit).</source>
        <translation>ตรวจตัวเลขอีกครั้ง: หลักสุดท้ายไม่ตรง (เป็นเลขตรวจสอบ)</translation>
    </message>
    <message>
        <source>Size used for G2 (Thai SME rule): %1, %2</source>
        <translation>ขนาดที่ใช้กับข้อกำหนดข้อ 2 (ตามนิยาม SME): %1 %2</translation>
    </message>
    <message>
        <source>Enter the annual revenue (or the permanent employees): the SME rule decides the size from them. Without both, choose the size.</source>
        <translation>กรอกรายได้ต่อปี (หรือจำนวนพนักงานประจำ) นิยาม SME จะตัดสินขนาดโรงงานจากตัวเลขนี้ ถ้าไม่มีทั้งสองอย่าง ให้เลือกขนาดโรงงาน</translation>
    </message>
    <message>
        <source>Enter the factory's name in Thai or English.</source>
        <translation>กรอกชื่อโรงงานเป็นภาษาไทยหรือภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Check the e-mail address: it has no @.</source>
        <translation>ตรวจสอบอีเมล: ไม่มีเครื่องหมาย @</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>ไดรฟ์</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>โฟลเดอร์</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>เลือกทั้งหมด (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>เพิ่มขึ้น (&amp;S)</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>ลดลง (&amp;D)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>ค้นหาใน (&amp;L):</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ชื่อไฟล์ (&amp;N):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ชนิดไฟล์ (&amp;T):</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>โฟลเดอร์:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>เปิด (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>เลือก (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ลบ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>เปลี่ยนชื่อ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>สร้างโฟลเดอร์ใหม่ (&amp;N)</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>แสดงไฟล์ที่ซ่อน (&amp;H)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>โฟลเดอร์</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ไปข้างหน้า</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>โฟลเดอร์ระดับบน</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>ไปข้างหน้า</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>ไปยังโฟลเดอร์ระดับบน</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>มุมมองรายการ</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>มุมมองรายละเอียด</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>เปลี่ยนเป็นมุมมองรายการ</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>เปลี่ยนเป็นมุมมองรายละเอียด</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>รายการตำแหน่งและที่คั่นหน้า</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>แถบด้านข้าง</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>ตำแหน่งล่าสุด</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>แสดง </translation>
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
        <translation>%1 มีอยู่แล้ว
ต้องการแทนที่หรือไม่?</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>'%1' ถูกป้องกันการเขียน
ต้องการลบต่อไปหรือไม่?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>ต้องการลบ '%1' ใช่หรือไม่?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>ลบโฟลเดอร์ไม่ได้</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
ไม่พบไฟล์
โปรดตรวจสอบชื่อไฟล์</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
ไม่พบโฟลเดอร์
โปรดตรวจสอบชื่อโฟลเดอร์</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>วันที่แก้ไข</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>คอมพิวเตอร์</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ตัด (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>วาง (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>แสดงรายละเอียด...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>ซ่อนรายละเอียด...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ใช่ (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ไม่ (&amp;N)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ไม่บันทึก</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>ใช้</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ช่วยเหลือ</translation>
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
        <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ตัด (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>วาง (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>คัดลอกที่อยู่ลิงก์ (&amp;L)</translation>
    </message>
</context>
<context>
    <name>ReadinessChart</name>
    <message>
        <source>Points per criterion</source>
        <translation>คะแนนรายเกณฑ์</translation>
    </message>
</context>
<context>
    <name>ReadinessPass</name>
    <message>
        <source>Working out the readiness figures…</source>
        <translation>กำลังคำนวณความพร้อม…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>สรุปผล</translation>
    </message>
    <message>
        <source>Where the factory stands today, and what to do next.</source>
        <translation>สถานะของโรงงานวันนี้ และสิ่งที่ควรทำต่อ</translation>
    </message>
    <message>
        <source>&amp;Target used</source>
        <translation>เกณฑ์ผ่านที่ใช้ (&amp;T)</translation>
    </message>
    <message>
        <source>Target used (percent)</source>
        <translation>เกณฑ์ผ่านที่ใช้ (ร้อยละ)</translation>
    </message>
    <message>
        <source>Points per criterion</source>
        <translation>คะแนนรายเกณฑ์</translation>
    </message>
    <message>
        <source>Gaps, most points first</source>
        <translation>สิ่งที่ยังขาด เรียงตามคะแนนที่จะได้เพิ่ม</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ขั้น</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <source>What it needs</source>
        <translation>สิ่งที่ต้องทำ</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>สิ่งที่ยังขาด</translation>
    </message>
    <message>
        <source>Click a gap, or press Enter on it, to open its criterion</source>
        <translation>คลิกช่องว่าง หรือกด Enter เพื่อเปิดเกณฑ์นั้น</translation>
    </message>
    <message>
        <source>Levels claimed without evidence</source>
        <translation>ระดับที่อ้างโดยยังไม่มีหลักฐาน</translation>
    </message>
    <message>
        <source>Documents the submission needs</source>
        <translation>เอกสารที่ต้องใช้ยื่น</translation>
    </message>
    <message>
        <source>Total: %1 of %2 points (%3 %)</source>
        <translation>คะแนนรวม: %1 จาก %2 คะแนน (ร้อยละ %3)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>ปัญหาที่ต้องแก้</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>ไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>None: every level claimed has evidence linked.</source>
        <translation>ไม่มี: ทุกระดับที่อ้างมีหลักฐานเชื่อมโยงแล้ว</translation>
    </message>
    <message>
        <source>(evidence linked for %1 of %2 criteria)</source>
        <translation>(มีหลักฐานเชื่อมโยงแล้ว %1 จาก %2 เกณฑ์)</translation>
    </message>
    <message>
        <source>Click to open this criterion</source>
        <translation>คลิกเพื่อเปิดเกณฑ์นี้</translation>
    </message>
    <message>
        <source>criterion %1: %2</source>
        <translation>เกณฑ์ที่ %1: %2</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>หลักฐาน: %1</translation>
    </message>
</context>
<context>
    <name>SchemeUpdateDialog</name>
    <message>
        <source>Import a newer scheme</source>
        <translation>นำเข้าเกณฑ์รุ่นใหม่กว่า</translation>
    </message>
    <message>
        <source>Scheme file %1: %2 version %3</source>
        <translation>ไฟล์เกณฑ์ %1: %2 รุ่น %3</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ดำเนินการต่อ</translation>
    </message>
    <message>
        <source>&amp;Install version %1</source>
        <translation>ติดตั้งรุ่น %1 (&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>&amp;Move to version %1…</source>
        <translation>ย้ายไปรุ่น %1… (&amp;M)</translation>
    </message>
    <message>
        <source>No older version of this scheme is on this computer: nothing to compare.</source>
        <translation>ยังไม่มีเกณฑ์นี้รุ่นที่เก่ากว่าในเครื่องนี้ จึงไม่มีสิ่งที่จะเทียบ</translation>
    </message>
    <message>
        <source>The file was checked: nothing is installed yet. What changes, compared with version %1 on this computer:</source>
        <translation>ตรวจไฟล์แล้ว ยังไม่ได้ติดตั้งสิ่งใด สิ่งที่เปลี่ยนเมื่อเทียบกับรุ่น %1 ที่มีในเครื่องนี้:</translation>
    </message>
    <message>
        <source>The file was checked: nothing is installed yet.</source>
        <translation>ตรวจไฟล์แล้ว ยังไม่ได้ติดตั้งสิ่งใด</translation>
    </message>
    <message>
        <source>Version %1 is already on this computer, with the same content.</source>
        <translation>รุ่น %1 มีอยู่ในเครื่องนี้แล้ว เนื้อหาเหมือนกัน</translation>
    </message>
    <message>
        <source>The newer version %1 stays the one new assessments use.</source>
        <translation>รุ่น %1 ที่ใหม่กว่ายังคงเป็นรุ่นที่ใช้กับการประเมินใหม่</translation>
    </message>
    <message>
        <source>Version %1 is installed.</source>
        <translation>ติดตั้งรุ่น %1 แล้ว</translation>
    </message>
    <message>
        <source>New assessments use it.</source>
        <translation>การประเมินใหม่จะใช้รุ่นนี้</translation>
    </message>
    <message>
        <source>Could not install the scheme</source>
        <translation>ติดตั้งเกณฑ์ไม่ได้</translation>
    </message>
    <message>
        <source>Scheme version %1 installed: %2</source>
        <translation>ติดตั้งเกณฑ์รุ่น %1 แล้ว: %2</translation>
    </message>
    <message>
        <source>(factory not named yet)</source>
        <translation>(ยังไม่ได้ตั้งชื่อโรงงาน)</translation>
    </message>
    <message>
        <source>%1, year %2, version %3</source>
        <translation>%1 ปี %2 รุ่น %3</translation>
    </message>
    <message>
        <source>Choose an assessment on an older version to move onto version %1. What stays and what is dropped is listed below. A copy moves; the original stays as it is, so nothing is lost.</source>
        <translation>เลือกการประเมินที่อยู่บนรุ่นเก่ากว่าเพื่อย้ายไปรุ่น %1 รายการด้านล่างบอกว่าสิ่งใดยังใช้ได้และสิ่งใดถูกตัดออก การย้ายจะทำสำเนาไปยังรุ่นใหม่ ส่วนต้นฉบับยังอยู่ตามเดิม จึงไม่มีสิ่งใดสูญหาย</translation>
    </message>
    <message>
        <source>No assessment on this computer is on an older version of this scheme.</source>
        <translation>ไม่มีการประเมินในเครื่องนี้ที่อยู่บนเกณฑ์รุ่นที่เก่ากว่า</translation>
    </message>
    <message>
        <source>Dropped from the copy (the original keeps them):</source>
        <translation>สิ่งที่ถูกตัดออกจากสำเนา (ต้นฉบับยังเก็บไว้):</translation>
    </message>
    <message>
        <source>Every answer has its place in version %1.</source>
        <translation>ทุกคำตอบมีที่อยู่ในรุ่น %1</translation>
    </message>
    <message>
        <source>Move to version %1</source>
        <translation>ย้ายไปรุ่น %1</translation>
    </message>
    <message>
        <source>Make a copy of %1 on version %2? The original stays on version %3.</source>
        <translation>ทำสำเนาของ %1 บนรุ่น %2 หรือไม่ ต้นฉบับยังอยู่บนรุ่น %3</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>ย้าย</translation>
    </message>
    <message>
        <source>Could not move</source>
        <translation>ย้ายไม่ได้</translation>
    </message>
    <message>
        <source>A copy on version %1 was made and selected; the original stays on version %2.</source>
        <translation>ทำสำเนาบนรุ่น %1 และเลือกไว้แล้ว ต้นฉบับยังอยู่บนรุ่น %2</translation>
    </message>
</context>
<context>
    <name>SchemeUpdateExtras</name>
    <message>
        <source>Import a newer &amp;scheme…</source>
        <translation>นำเข้าเกณฑ์รุ่นใหม่กว่า… (&amp;S)</translation>
    </message>
    <message>
        <source>Not a scheme file that can be imported</source>
        <translation>ไม่ใช่ไฟล์เกณฑ์ที่นำเข้าได้</translation>
    </message>
    <message>
        <source>Import a newer scheme</source>
        <translation>นำเข้าเกณฑ์รุ่นใหม่กว่า</translation>
    </message>
    <message>
        <source>Scheme files (*.yaml *.yml)</source>
        <translation>ไฟล์เกณฑ์ (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>SchemeVersionBanner</name>
    <message>
        <source>This assessment was made on scheme version %1, which is not on this computer. It is shown and scored on version %2.</source>
        <translation>การประเมินนี้ทำไว้กับเกณฑ์รุ่น %1 ซึ่งไม่มีในเครื่องนี้ จึงแสดงและคิดคะแนนด้วยเกณฑ์รุ่น %2</translation>
    </message>
    <message>
        <source>&amp;Map to version %1</source>
        <translation>ย้ายไปใช้เกณฑ์รุ่น %1 (&amp;M)</translation>
    </message>
    <message>
        <source>Move this assessment onto version %1 for good?</source>
        <translation>ย้ายการประเมินนี้ไปใช้เกณฑ์รุ่น %1 อย่างถาวรหรือไม่</translation>
    </message>
    <message>
        <source>These answers have no place in version %1 and will be dropped (the change history keeps them): %2</source>
        <translation>คำตอบต่อไปนี้ไม่มีในเกณฑ์รุ่น %1 และจะถูกนำออก (ประวัติการแก้ไขยังเก็บไว้): %2</translation>
    </message>
    <message>
        <source>Every answer has its place in version %1.</source>
        <translation>คำตอบทุกข้อใช้กับเกณฑ์รุ่น %1 ได้</translation>
    </message>
    <message>
        <source>Map to version %1</source>
        <translation>ย้ายไปใช้เกณฑ์รุ่น %1</translation>
    </message>
    <message>
        <source>Could not map</source>
        <translation>ย้ายรุ่นเกณฑ์ไม่สำเร็จ</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Pages</source>
        <translation>หน้า</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>ยังไม่เริ่ม</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>กำลังทำ</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>ตอบแล้ว</translation>
    </message>
    <message>
        <source>answered; evidence still to link</source>
        <translation>ตอบแล้ว ยังต้องแนบหลักฐาน</translation>
    </message>
</context>
<context>
    <name>SlotDialog</name>
    <message>
        <source>Name %1</source>
        <translation>ตั้งชื่อ %1</translation>
    </message>
    <message>
        <source>Name (Thai)</source>
        <translation>ชื่อ (ภาษาไทย)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>ชื่อ (ภาษาอังกฤษ)</translation>
    </message>
    <message>
        <source>Leave both empty to mark the name as not yet known again.</source>
        <translation>เว้นว่างทั้งสองช่องเพื่อกลับเป็น "ยังไม่ทราบชื่อ"</translation>
    </message>
</context>
<context>
    <name>SnapshotsPanel</name>
    <message>
        <source>Each import is kept beside the earlier ones; the overview uses each factory's latest. No evidence files and no contact details are kept.</source>
        <translation>ข้อมูลที่นำเข้าแต่ละครั้งเก็บไว้คู่กับครั้งก่อน ภาพรวมใช้ข้อมูลล่าสุดของแต่ละโรงงาน ไม่เก็บไฟล์หลักฐานและข้อมูลผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Remove the selected snapshot…</source>
        <translation>ลบข้อมูลชุดที่เลือก…</translation>
    </message>
</context>
<context>
    <name>TextViewer</name>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>ThresholdDialog</name>
    <message>
        <source>not set</source>
        <translation>ยังไม่กำหนด</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>เกณฑ์ผ่าน</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>เริ่มต้น</translation>
    </message>
    <message>
        <source>Scheme: %1 (%2), version %3</source>
        <translation>เกณฑ์: %1 (%2) รุ่น %3</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Scheme fingerprint (identifies its exact content): %1
Assessment id: %2</source>
        <translation>ลายนิ้วมือของเกณฑ์ (ระบุเนื้อหาที่แน่นอน): %1
รหัสแบบประเมิน: %2</translation>
    </message>
    <message>
        <source>What is draft in this scheme</source>
        <translation>ส่วนที่เป็นร่างในเกณฑ์นี้</translation>
    </message>
    <message>
        <source>Criteria whose official indicators are not public; their ladders are our draft: %1</source>
        <translation>เกณฑ์ที่ไม่มีตัวชี้วัดทางการเผยแพร่ ขั้นบันไดเป็นฉบับร่างของเรา: %1</translation>
    </message>
    <message>
        <source>Criteria whose points are inferred: %1</source>
        <translation>เกณฑ์ที่คะแนนได้จากการอนุมาน: %1</translation>
    </message>
    <message>
        <source>Draft general requirements: %1</source>
        <translation>ข้อกำหนดทั่วไปที่เป็นร่าง: %1</translation>
    </message>
    <message>
        <source>Assumptions you can change (no official value is known): %1</source>
        <translation>สมมติฐานที่ปรับได้ (ไม่พบค่าทางการ): %1</translation>
    </message>
    <message>
        <source>The readiness result is a self-assessment aid, not a certification decision.</source>
        <translation>ผลความพร้อมเป็นเครื่องมือช่วยประเมินตนเอง ไม่ใช่ผลการรับรอง</translation>
    </message>
    <message>
        <source>How this works</source>
        <translation>วิธีใช้งาน</translation>
    </message>
    <message>
        <source>Go through the pages in order or jump with the list on the left (Pages shows or hides it). Every change is saved at once; close the window at any time and you will come back to the same page. Keyboard: Alt+Right / Alt+Left for Next and Back, F1 for help on a criterion, Ctrl+W to close.</source>
        <translation>ทำไปตามลำดับหน้า หรือกระโดดไปหน้าใดก็ได้จากรายการด้านซ้าย (ปุ่มรายการหน้าใช้แสดงหรือซ่อน) ทุกการแก้ไขบันทึกทันที ปิดหน้าต่างเมื่อใดก็ได้ เปิดใหม่จะกลับมาที่หน้าเดิม แป้นพิมพ์: Alt+ขวา / Alt+ซ้าย สำหรับถัดไปและย้อนกลับ F1 ดูคำอธิบายของเกณฑ์ และ Ctrl+W เพื่อปิด</translation>
    </message>
</context>
<context>
    <name>WizardMenus</name>
    <message>
        <source>Ed&amp;it</source>
        <translation>แก้ไข (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <source>Change &amp;history…</source>
        <translation>ประวัติการแก้ไข… (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Page list</source>
        <translation>รายการหน้า (&amp;P)</translation>
    </message>
    <message>
        <source>Go to the next &amp;unanswered item</source>
        <translation>ไปยังข้อถัดไปที่ยังไม่ตอบ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Close this assessment</source>
        <translation>ปิดแบบประเมินนี้ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
        <source>Help on this &amp;criterion (F1)</source>
        <translation>คำอธิบายเกณฑ์นี้ (&amp;C) (F1)</translation>
    </message>
    <message>
        <source>&amp;Glossary of terms…</source>
        <translation>อภิธานศัพท์ (&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>เลิกทำ: %1 (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>เลิกทำ</translation>
    </message>
</context>
<context>
    <name>WizardWindow</name>
    <message>
        <source>New assessment</source>
        <translation>แบบประเมินใหม่</translation>
    </message>
    <message>
        <source>Eco Factory self-assessment — %1</source>
        <translation>ประเมินตนเองโรงงานอุตสาหกรรมเชิงนิเวศ — %1</translation>
    </message>
    <message>
        <source>Criteria answered, criteria with evidence linked, and the points so far</source>
        <translation>จำนวนเกณฑ์ที่ตอบแล้ว เกณฑ์ที่แนบหลักฐานแล้ว และคะแนนถึงตอนนี้</translation>
    </message>
    <message>
        <source>%1 · year %2</source>
        <translation>%1 · ปี %2</translation>
    </message>
    <message>
        <source>(from %1)</source>
        <translation>(ต่อจากปี %1)</translation>
    </message>
    <message>
        <source>saved automatically</source>
        <translation>บันทึกอัตโนมัติ</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>บันทึกแล้ว %1</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>ยังไม่ได้บันทึก: %1</translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message>
        <source>Workshop mode: class overview</source>
        <translation>โหมดอบรม: ภาพรวมของทั้งชั้น</translation>
    </message>
    <message>
        <source>Anonymise (codes instead of factory names)</source>
        <translation>ปกปิดชื่อ (ใช้รหัสแทนชื่อโรงงาน)</translation>
    </message>
    <message>
        <source>Include the demo factory</source>
        <translation>รวมโรงงานตัวอย่างด้วย</translation>
    </message>
    <message>
        <source>When an assessment is already here:</source>
        <translation>เมื่อมีแบบประเมินนี้อยู่แล้ว:</translation>
    </message>
    <message>
        <source>skip it</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <source>keep both</source>
        <translation>เก็บไว้ทั้งสองชุด</translation>
    </message>
    <message>
        <source>replace it</source>
        <translation>แทนที่</translation>
    </message>
    <message>
        <source>&amp;Import a folder of files…</source>
        <translation>นำเข้าไฟล์ทั้งโฟลเดอร์… (&amp;I)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>ส่งออก CSV… (&amp;C)</translation>
    </message>
    <message>
        <source>Export class summary &amp;PDF…</source>
        <translation>ส่งออกสรุปของทั้งชั้นเป็น PDF… (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reset demo data…</source>
        <translation>เริ่มข้อมูลตัวอย่างใหม่… (&amp;R)</translation>
    </message>
    <message>
        <source>Export every criterion (&amp;XLSX)…</source>
        <translation>ส่งออกทุกเกณฑ์ของทุกโรงงาน (XLSX)… (&amp;X)</translation>
    </message>
    <message>
        <source>%1 factories. Click a column heading to sort.</source>
        <translation>%1 โรงงาน คลิกหัวคอลัมน์เพื่อเรียงลำดับ</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>โรงงาน</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>ผลการประเมิน</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>ไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>No .ecoassess files in %1</source>
        <translation>ไม่พบไฟล์ .ecoassess ใน %1</translation>
    </message>
    <message>
        <source>Importing the class…</source>
        <translation>กำลังนำเข้าข้อมูลของทั้งชั้น…</translation>
    </message>
    <message>
        <source>%1 imported, %2 skipped.</source>
        <translation>นำเข้าแล้ว %1 ข้ามไป %2</translation>
    </message>
    <message>
        <source>this assessment (%1) is already here. To bring it in, choose “keep both” or “replace it” under “When an assessment is already here” and import the folder again.</source>
        <translation>แบบประเมินนี้ (%1) มีอยู่แล้วในเครื่อง หากต้องการนำเข้า ให้เลือก “เก็บไว้ทั้งสองชุด” หรือ “แทนที่” ในช่อง “เมื่อมีแบบประเมินนี้อยู่แล้ว” แล้วนำเข้าโฟลเดอร์อีกครั้ง</translation>
    </message>
    <message>
        <source>Class overview (CSV)</source>
        <translation>ภาพรวมของทั้งชั้น (CSV)</translation>
    </message>
    <message>
        <source>Class summary (PDF)</source>
        <translation>สรุปของทั้งชั้น (PDF)</translation>
    </message>
    <message>
        <source>Criteria of every factory (XLSX or CSV)</source>
        <translation>ผลรายเกณฑ์ของทุกโรงงาน (XLSX หรือ CSV)</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>บันทึกไฟล์แล้ว: %1</translation>
    </message>
    <message>
        <source>Delete the demo assessments and create a fresh demo factory? A backup of the data is kept first.</source>
        <translation>ลบแบบประเมินตัวอย่างและสร้างโรงงานตัวอย่างใหม่หรือไม่ ระบบจะสำรองข้อมูลไว้ก่อน</translation>
    </message>
    <message>
        <source>Folder of .ecoassess files</source>
        <translation>โฟลเดอร์ของไฟล์ .ecoassess</translation>
    </message>
    <message>
        <source>Delete and recreate</source>
        <translation>ลบแล้วสร้างใหม่</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>ecoassess: unexpected error</source>
        <translation>ecoassess: เกิดข้อผิดพลาดที่ไม่คาดคิด</translation>
    </message>
    <message>
        <source>Something went wrong inside ecoassess. This is a fault in the program, not in your data.</source>
        <translation>เกิดข้อผิดพลาดภายในโปรแกรม ecoassess ซึ่งเป็นความผิดพลาดของโปรแกรม ไม่ใช่ข้อมูลของคุณ</translation>
    </message>
    <message>
        <source>Your answers are safe: every answer you entered is saved.</source>
        <translation>คำตอบของคุณปลอดภัย: คำตอบทุกข้อที่กรอกไว้ถูกบันทึกแล้ว</translation>
    </message>
    <message>
        <source>These changes are not saved yet:
%1
The window keeps them and tries again; if it still cannot, choose to save the answers to a file when you close the window.</source>
        <translation>การแก้ไขต่อไปนี้ยังไม่ได้บันทึก:
%1
หน้าต่างยังเก็บไว้และจะลองบันทึกใหม่ หากยังบันทึกไม่ได้ เมื่อปิดหน้าต่างให้เลือกบันทึกคำตอบลงไฟล์</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>สิ่งที่เกิดขึ้น: %1</translation>
    </message>
    <message>
        <source>The details were written to this log file; please send it with your report:
%1</source>
        <translation>รายละเอียดถูกบันทึกไว้ในไฟล์บันทึกนี้ โปรดแนบไฟล์นี้เมื่อแจ้งปัญหา:
%1</translation>
    </message>
    <message>
        <source>(no log file could be written)</source>
        <translation>(เขียนไฟล์บันทึกไม่ได้)</translation>
    </message>
    <message>
        <source>You can keep working. If something looks wrong, close and reopen the program.</source>
        <translation>คุณทำงานต่อได้ หากมีสิ่งใดดูผิดปกติ ให้ปิดแล้วเปิดโปรแกรมใหม่</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด: %1</translation>
    </message>
</context>
<context>
    <name>readiness</name>
    <message>
        <source>Points: N/A (not counted in the maximum)</source>
        <translation>คะแนน: ไม่เกี่ยวข้อง (ไม่นับรวมในคะแนนเต็ม)</translation>
    </message>
    <message>
        <source>Points: %1 / %2</source>
        <translation>คะแนน: %1 / %2</translation>
    </message>
    <message>
        <source>Next step (+%1): %2</source>
        <translation>ขั้นต่อไป (+%1): %2</translation>
    </message>
    <message>
        <source>Next step (+%1): %2 — %3</source>
        <translation>ขั้นต่อไป (+%1): %2 — %3</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Finishing before closing:
%1</source>
        <translation>กำลังทำงานนี้ให้เสร็จก่อนปิด:
%1</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>โปรดรอสักครู่</translation>
    </message>
</context>
<context>
    <name>unsaved</name>
    <message>
        <source>answers</source>
        <translation>คำตอบ</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>ไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>justification</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>บันทึกเพิ่มเติม</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>ความคืบหน้า</translation>
    </message>
    <message>
        <source>signatory name</source>
        <translation>ชื่อผู้ลงนาม</translation>
    </message>
    <message>
        <source>signatory position</source>
        <translation>ตำแหน่งผู้ลงนาม</translation>
    </message>
    <message>
        <source>target and scheme settings</source>
        <translation>เกณฑ์ผ่านและการตั้งค่าเกณฑ์</translation>
    </message>
    <message>
        <source>status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Factory profile</source>
        <translation>ข้อมูลโรงงาน</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>แผนปฏิบัติการ</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>การแก้ไขยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>These changes are not in the database yet:</source>
        <translation>การแก้ไขต่อไปนี้ยังไม่ได้บันทึกลงฐานข้อมูล:</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>สาเหตุ: %1</translation>
    </message>
    <message>
        <source>Keep the window open and they are retried, save all the answers to a file so that nothing is lost (an answer file, which the command line scores and exports), or close and lose these changes.</source>
        <translation>เปิดหน้าต่างไว้ต่อเพื่อให้โปรแกรมลองบันทึกใหม่ บันทึกคำตอบทั้งหมดลงไฟล์เพื่อไม่ให้สูญหาย (ไฟล์คำตอบ ใช้คิดคะแนนและส่งออกรายงานด้วยบรรทัดคำสั่งได้) หรือปิดและทิ้งการแก้ไขเหล่านี้</translation>
    </message>
    <message>
        <source>&amp;Keep the window open</source>
        <translation>เปิดหน้าต่างไว้ต่อ (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Save the answers to a file…</source>
        <translation>บันทึกคำตอบลงไฟล์… (&amp;S)</translation>
    </message>
    <message>
        <source>Close and &amp;lose these changes</source>
        <translation>ปิดและทิ้งการแก้ไขเหล่านี้ (&amp;L)</translation>
    </message>
    <message>
        <source>Save the answers to a file</source>
        <translation>บันทึกคำตอบลงไฟล์</translation>
    </message>
    <message>
        <source>Answer files (*.json)</source>
        <translation>ไฟล์คำตอบ (*.json)</translation>
    </message>
    <message>
        <source>Could not save the file</source>
        <translation>บันทึกไฟล์ไม่ได้</translation>
    </message>
</context>
</TS>
