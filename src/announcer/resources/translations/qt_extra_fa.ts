<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<!-- Qt's own strings that the catalogue shipped with PySide (qtbase_fa) lacks. Written by
     hand, not by lupdate: scripts/update-translations builds the .qm. -->
<context>
    <name>QFileDialog</name>
    <message><source>&amp;Look in:</source><translation>&amp;جستجو در:</translation></message>
    <message><source>Files of &amp;type:</source><translation>پرونده‌هایی از &amp;نوع:</translation></message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message><source>Folder</source><comment>All other platforms</comment><translation>پوشه</translation></message>
    <message><source>File</source><translation>پرونده</translation></message>
    <message><source>%1 File</source><translation>پروندهٔ %1</translation></message>
    <message><source>Drive</source><translation>دیسک</translation></message>
    <message><source>Shortcut</source><comment>All other platforms</comment><translation>میان‌بر</translation></message>
    <message><source>Unknown</source><translation>ناشناخته</translation></message>
</context>
</TS>
