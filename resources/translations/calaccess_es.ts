<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;table&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Switch committee&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Find a committee&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New entry on the current schedule&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save the entry (in the form) / edit the row (in a table)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Clear the form or go back to the saved entry&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Delete&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Delete the selected row (Ctrl+Z brings it back)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+PgDown / Ctrl+PgUp&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next / previous schedule&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 ... Ctrl+9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Cover page, Summary, Schedule A ...&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z / Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Undo / redo&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Check the statement&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New statement&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Filing calendar of the committee&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Print preview; in it, Ctrl+F finds text, F3 / Shift+F3 the next /
previous match&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;p&gt;An amendment&apos;s last page, &quot;Changes since filed&quot;, lists what re-filing it changes.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings (problems to fix before filing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox waiting for a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting for your password</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;committee...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;statement...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import .CAL file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;earlier statements (folder)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of .CAL files from other software, imported in date order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;spreadsheet...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions, payments, loans or contacts from a CSV or Excel file into the open statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export .CAL file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for &amp;accountant...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement&apos;s transactions, or one schedule, as an Excel workbook or a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print preview...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up data file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a checked copy of all your committees and statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bac&amp;kups...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backups of the data file; restore one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand off committee...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file with everything about a committee, for the next treasurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import hand-off &amp;bundle...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New row on this schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;sub-item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch committee...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing &amp;calendar...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the chosen committee files this year, with due dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee &amp;profile...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;ready to file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amend filed statement...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete statement...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this draft statement and all its entries (Edit &gt; Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File with the filing officer...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check, freeze and e-file the open statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outbox...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing pac&amp;ket...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and how to deliver this statement on paper or by e-mail, then the statement to sign, as one PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark filed on paper...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that this statement was delivered, mailed or e-mailed to its filing officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to tab {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no statement {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File with {officer}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as draft again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a committee first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or create a committee first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a filed statement can be amended; a draft can simply be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the statement to delete first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {what}. Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {what}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n entries are deleted with it. Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the errors in Findings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List them, or put one back (File &gt; Backups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name, ID, address and treasurer: printed on every cover page and checked as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sample city council campaign with two Form 460s (every schedule) and a Form 497, to look around. It is added to this data file as a committee of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import .CAL files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements filed with other software: choose their folder; they are imported in date order (File &gt; Import earlier statements).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a hand-off bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file the previous treasurer saved with File &gt; Hand off committee: everything about the committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the form and period; the filing calendar says which one is due next (Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the filing calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this committee files this year, with due dates (Ctrl+Shift+L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a .CAL file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One statement filed with other software (Ctrl+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the committee profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, address, treasurer and filing officer, printed on every cover page (Ctrl+Shift+P).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to calaccess-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Prepare California campaign statements on this computer: enter contributions and payments, check them against the FPPC&apos;s rules as you type, print them, and file them with the Secretary of State or your city or county clerk. Nothing leaves this computer until you file.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How do you want to begin?&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Find your committee by its name or ID, or begin a new one.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a committee on the left (type part of its name or ID to find it; Ctrl+K switches), or begin another one.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This committee has no statement yet. &lt;b&gt;Start one&lt;/b&gt;: the filing calendar says which form and period come next.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No statement is open. Choose one of the committee&apos;s statements on the left (double-click, or Enter), or start the next one.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your data.&lt;/b&gt; Every committee and statement is kept in one file on this computer:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;br&gt;Settings (Ctrl+,) chooses another file.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your data&lt;/b&gt; is kept on the database server &lt;code&gt;{server}&lt;/code&gt;; it is backed up with the server&apos;s own tools (pg_dump), not by this app.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Backups&lt;/b&gt; are made on their own: a checked copy goes into &lt;code&gt;{folder}&lt;/code&gt; {after} minutes after your first change (at most once an hour), and before every import, amendment or restore. The last {last} are kept, then the newest of each day for {days} days and of each month for {months} months. File &amp;gt; Back up data file saves a copy where you choose.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings and printed forms stay in English, as the FPPC&apos;s forms are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Creating the demo committee and its statements...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo committee is open: look around, change anything. It is a committee of its own in this data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
