<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CommitteeFinder</name>
    <message>
        <source>Your committee&apos;s name or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least 3 letters of your committee&apos;s name, or its ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committees found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No committee has that name or ID here. Check the spelling, or create the committee below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitteeListModel</name>
    <message>
        <source>Candidate committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primarily formed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {ids}, {n} statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitteePane</name>
    <message>
        <source>Find a committee by name or ID (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New committee...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements of the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New statement...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is due next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the filing calendar: the committee&apos;s type and the elections of its statements and profile (calaccess-desktop calendar lists the whole year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing calendar...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the committee files this year, with due dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete statement...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the {statement} and all its entries (Edit &gt; Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {n} more past their deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due on the filing calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributorPrompt</name>
    <message>
        <source>Question about the contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer (business name if self-employed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer (or business name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the contributor&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the question about the contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{who}: {total} this calendar year.&lt;/b&gt; From {limit} a year the statement must show their occupation and employer (for the self-employed, the name of their business). Fill them in now, or skip: the check (F5) will remind you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save occupation and employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{who} has 1 other entry on this statement with different details&lt;/b&gt; ({what}). Use the details you just saved there too?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{who} has {n} other entries on this statement with different details&lt;/b&gt; ({what}). Use the details you just saved there too?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to the other entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to the other entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: {name}&apos;s occupation and employer are still missing; the check (F5) lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s other entries were left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverTab</name>
    <message>
        <source>Treasurer&apos;s verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate&apos;s verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of election (pre-election only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save period and type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save statement period and type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee (from the committee profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee information on the cover page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit committee profile...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit committee profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment {n}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original statement (not an amendment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save election date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No street address yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treasurer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant treasurer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>treasurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification: signed by the {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification: not signed yet by the {who}{name}. Fill in the date signed and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fix the dates marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Note: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>{who} entry form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry form message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar-year total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed: {how}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save {who} entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the form without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the form, or go back to the saved values (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known {who}s matching the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start typing a name: a {who} you entered before is offered with their details. Press Enter to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (sub-item of {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fix the fields marked in red, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the next one, or pick a row to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the occupation and employer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated the details on 1 other entry. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated the details on {n} other entries. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and {n} more: F5 lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to do: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year to date from this {who}: shown once you type a name and amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>itemized (listed by name): {limit} or more this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not itemized: under {limit} this year, counted in the unitemized total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year to date from this {who}, including this entry: {total} - {rule}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>{field} problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>{signer}&apos;s verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>treasurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assistant treasurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responsible officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>election date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amendment number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} ({rule}) at {where}: {message}. {fix}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check statement (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking statements is not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Check statement (F5) to look for problems before you file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the statement...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check stopped before it finished. Press Check statement (F5) to check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The findings below are from the last full check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found. You can mark the statement ready to file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(must fix before filing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(check these). Double-click a line to go to the field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LateBanner</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the entry that calls for this late report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the entry on its schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Form 497</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List this contribution on the committee&apos;s Form 497</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this contribution on the draft Form 497 for this election (a new one is started when there is none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More late reports owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for late reports owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{form} owed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to {form}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List this expenditure on the committee&apos;s {form}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List this contribution on the committee&apos;s {form}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this entry on the draft {form} for this election (a new one is started when there is none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and 1 more late report owed: check the statement (F5) to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and {n} more late reports owed: check the statement (F5) to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed on a new {form}: file it within the deadline (Statement list, {form}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed on the draft {form}: file it within the deadline (Statement list, {form}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding to the {form}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter locked after {minutes} minutes without use.
Continue if this is your work; otherwise start for the next visitor (what was saved stays in the data file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue where you were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start for the next visitor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>Ne&amp;xt visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this visit away: nothing of this committee stays on the screen for the next visitor</source>
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
        <source>Next visitor</source>
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
    <name>PageView</name>
    <message>
        <source>Statement pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message>
        <source>{title} table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} entry form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new entry (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry on {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sub-item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a memo sub-item under the selected entry (e.g. what a credit card payment paid for)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sub-item under the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected entry (Delete key); Ctrl+Z undoes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry you were changing is no longer on this schedule (undone or deleted). What you typed is kept: Save adds it as a new entry, Clear drops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry you were looking at is no longer on this schedule (undone or deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed in this {noun} ({id}) is not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed in the new {noun} is not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it, discard what you typed, or cancel to keep working on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the entry the sub-item belongs to first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sub-item of {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted. Press Ctrl+Z to undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleTableModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unitemized total (as filed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (memo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unitemized total of the statement as it was filed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-item of transaction {id}; not counted twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo entry: shown for information, not counted in totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not itemized: under the $100 threshold for the calendar year; counted in the unitemized total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction {id}. Double-click or Enter to edit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for a newer version when online (nothing about you is sent; never in the last 7 days before a filing is due; nothing is installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for a newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter mode: a clean start for each visitor, nothing of one visitor left for the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors find their committee by name or ID (the list of committees is hidden), File &gt; Next visitor puts the last one away, and the window locks after the minutes below without use. E-filing passwords are never saved. Used from the next start (or start with --counter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter mode: the e-filing password is never saved on this computer; it is asked each time you send.</source>
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
        <source>See the backups...</source>
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
    <name>StatementEditor</name>
    <message>
        <source>&lt;h2&gt;No statement open&lt;/h2&gt;&lt;p&gt;Choose a committee and one of its statements on the left, or start one: &lt;b&gt;File &amp;gt; New statement&lt;/b&gt; (Ctrl+Shift+N).&lt;/p&gt;&lt;p&gt;New here? Create your committee first: &lt;b&gt;File &amp;gt; New committee&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statement open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages of the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover page: period, committee, signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary page (computed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this amendment changes from the report it amends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from a .CAL file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This statement is filed and cannot change. To correct it, use Statement &gt; Amend filed statement; the original stays as filed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to file. Next: print it (Ctrl+P) or file it with {officer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an amendment: correct what was wrong on its pages, then look at Changes since filed to see exactly what re-filing it changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter each item on its tab, then check the statement (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also file: {forms}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementListModel</name>
    <message>
        <source> (late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, due {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <source>The summary page is computed from your entries and updates as you type them. Column A is this period; column B is the calendar year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending cash balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule subtotals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending cash balance (line 16): {cash}    Total contributions this period (line 5): {received}    Total expenditures (line 11): {spent}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Could not do that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data file not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window could not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file chosen in Settings could not be opened:
{file}

{why}

The default data file is open instead; choose another file in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data</name>
    <message>
        <source>Contributions received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expenditures made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current cash statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash equivalents and outstanding debts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number (last 4 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accrued expenses (unpaid bills)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accrued expenses incurred this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accrued expenses paid this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency of the office (Form 501)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent or contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent or independent contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s or contractor&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s or contractor&apos;s last name or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount guaranteed this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount lent this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount paid this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount received this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assembly District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant treasurer ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant treasurer address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant treasurer city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant treasurer first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant treasurer last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant treasurer phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant treasurer state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant treasurer street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attorney General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance at the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance at the start of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance owed to us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot measure name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot measure&apos;s jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot measure&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot measure&apos;s number or letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account number (printed on Form 410 only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beginning cash balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board of Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board of Equalization District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board of Equalization Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board of Supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower is self-employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower&apos;s ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower&apos;s address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower&apos;s city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower&apos;s employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower&apos;s last name or organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower&apos;s occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower&apos;s street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate or measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate or officeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate&apos;s party (blank: nonpartisan office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash equivalents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City Attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City Council Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee ID number (from the SOS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee ID number (if a committee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee: a PAC, or a candidate&apos;s or ballot measure committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community College Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor is self-employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor&apos;s ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor&apos;s address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor&apos;s city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor&apos;s employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor&apos;s last name or organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor&apos;s occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor&apos;s street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor&apos;s suffix (Jr.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor&apos;s title (Mr., Dr.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County Counsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County of domicile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creditor&apos;s ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creditor&apos;s address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creditor&apos;s city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creditor&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creditor&apos;s last name or organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creditor&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creditor&apos;s street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date qualified as a committee (MM/DD/YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of activity (general purpose committee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District Attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENDING CASH BALANCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elections the committee takes part in (dates, e.g. 2026-06-02, 2026-11-03)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter contributions on Schedule A and payments on Schedule E; the summary updates as you go. When done, check the statement (F5) and mark it ready to file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair market value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filer is a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgiven Loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgiven this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form 460 - Recipient Committee Campaign Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form 470 Supplement: date $2,000 was received or spent (MM/DD/YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form 501: date the candidate signed (MM/DD/YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form 501: place signed (city, state)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form 501: will not raise or spend $2,000 or more this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guaranteed this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantor is self-employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantor&apos;s ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantor&apos;s address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantor&apos;s city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantor&apos;s employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantor&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantor&apos;s last name or organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantor&apos;s occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantor&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantor&apos;s street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held: check the filing officer&apos;s site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increase to cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual (a person, including the candidate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance Commissioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest paid on loans received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest paid this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest received on loans made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest received this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediary&apos;s ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediary&apos;s city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediary&apos;s employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediary&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediary&apos;s last name or organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediary&apos;s occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediary&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediary&apos;s street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itemized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itemized contributions and independent expenditures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itemized increases to cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itemized monetary contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itemized nonmonetary contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itemized payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction of the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction where active (county)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lender is self-employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lender&apos;s ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lender&apos;s address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lender&apos;s city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lender&apos;s employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lender&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lender&apos;s last name or organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lender&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lender&apos;s occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lender&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lender&apos;s street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lent this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of activity (general purpose committee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieutenant Governor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan guarantees received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan guarantors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan payments received this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans made this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans paid or forgiven this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans received this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Treasurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mayor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure number or letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo entry only (not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miscellaneous increases to cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monetary contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monetary contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net change this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New amount owed this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-monetary contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonmonetary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonmonetary adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonmonetary contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office (if Other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office sought or held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer (of a sponsored committee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original amount of the loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other: a business, union, association or other organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding debts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed at end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed at the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed at the start of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of transaction (Tran ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee&apos;s ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee&apos;s address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee&apos;s city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee&apos;s last name or organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee&apos;s street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee&apos;s suffix (Jr.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee&apos;s title (Mr., Dr.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning Commissioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal officer ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal officer address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal officer city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal officer first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal officer last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal officer phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal officer state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal officer street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal officer title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proponent (of a ballot measure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public Defender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public Employees Retirement System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall committee?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received through (date range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient committee (same as COM: a PAC or candidate committee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaid this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported on schedule (E or F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUBTOTAL CASH CONTRIBUTIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUBTOTAL CASH PAYMENTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule A - Monetary Contributions Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule B Part 1 - Loans Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule B Part 2 - Loan Guarantors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule C - Nonmonetary Contributions Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule D - Summary of Expenditures Supporting/Opposing Other Candidates, Measures and Committees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule E - Payments Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule F - Accrued Expenses (Unpaid Bills)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule G - Payments Made by an Agent or Independent Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule H - Loans Made to Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule I - Miscellaneous Increases to Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary of State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semi-annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senate District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheriff-Coroner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at (city, state)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small contributor committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source&apos;s ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source&apos;s address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source&apos;s city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source&apos;s last name or organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source&apos;s street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special kind of receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special odd-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsor ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsor address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsor city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsor name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsor phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsor state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsor street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsor&apos;s industry group or affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State Appellate Court Justice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State Assembly Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State Senator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State Treasurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State candidate election committee?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statewide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superintendent of Public Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superior Court Judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplemental pre-election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support or oppose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support or oppose the measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support/oppose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supreme Court Justice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T.V. or cable airtime and production costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL CONTRIBUTIONS RECEIVED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL EXPENDITURES MADE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third Party Repayment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total miscellaneous increases to cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total monetary contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total nonmonetary contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total payments made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treasurer ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treasurer address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treasurer city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treasurer email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treasurer first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treasurer last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treasurer or assistant treasurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treasurer phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treasurer state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treasurer street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of creditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of guarantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of lender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unitemized contributions and independent expenditures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unitemized increases to cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unitemized monetary contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unitemized nonmonetary contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unitemized payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voluntary expenditure ceiling (state legislative and statewide candidates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the signers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who signs, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of the candidate&apos;s election (YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign consultants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign literature and mailings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign paraphernalia/miscellaneous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign workers salaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate filing/ballot fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate travel, lodging and meals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>civic donations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contribution (if nonmonetary, explain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fundraising events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>increase to cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>independent expenditure supporting/opposing others (explain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>information technology costs (Internet, e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late contribution made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal defense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loan guarantee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loan made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loan received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings and appearances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memo text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nonmonetary contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment by an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment for others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>petition circulating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone banks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polling and survey research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postage, delivery and messenger services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print ads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>professional services (legal, accounting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>radio airtime and production costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff/spouse travel, lodging and meals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the balance at the start of the period, plus the amount received or lent this period, minus what was repaid and forgiven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer between committees of the same candidate/sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpaid bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voter registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was owed at the start of the period, plus what was newly owed, minus what was paid</source>
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
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>election {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(amendment {n})</source>
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
    <message>
        <source>Putting the last visit away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File with the filing officer...</source>
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
</context>
</TS>
