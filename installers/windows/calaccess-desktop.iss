; Inno Setup 6 script: the Windows installer of calaccess-desktop.
; Built by installers\windows\build.ps1 (which first makes dist\calaccess-desktop\ with
; PyInstaller and passes the version):  ISCC /DAppVersion=0.1.0 calaccess-desktop.iss
;
; - Start menu entry (and an optional desktop icon) for the windowed program.
; - .cal files open with calaccess-desktop ("calaccess-desktop-window.exe --open FILE"):
;   the window imports the file as a new statement and opens it.
; - Per-user install by default (no administrator needed); "for all users" when run
;   elevated. The uninstaller removes the program only: the data file, its backups and
;   the settings live in the user's own folders (%LOCALAPPDATA%\calaccess-desktop and
;   %APPDATA%\calaccess-desktop) and are kept.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=0.1.0 calaccess-desktop.iss
#endif
#define AppName "calaccess-desktop"
#define AppExe "calaccess-desktop-window.exe"
#define Bundle "..\..\dist\calaccess-desktop"
#define ProgId "calaccess-desktop.cal"

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{6E1C5F7A-3B2D-4C8E-9A41-CA1ACC355D01}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=calaccess-desktop contributors
AppPublisherURL=https://github.com/calaccess-desktop/calaccess-desktop
AppSupportURL=https://github.com/calaccess-desktop/calaccess-desktop/issues
AppUpdatesURL=https://github.com/calaccess-desktop/calaccess-desktop/releases
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
LicenseFile=..\..\LICENSE
SetupIconFile=..\..\build\icons\calaccess-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "Open .cal files with {#AppName}"; GroupDescription: "File types:"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Prepare, check, print and e-file California campaign statements"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA = HKCU for a per-user install, HKLM for all users.
Root: HKA; Subkey: "Software\Classes\.cal\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "CAL-ACCESS electronic filing (.CAL)"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --open ""%1"""; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".cal"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry: the user's data folders are never removed.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox('calaccess-desktop is removed. Your data file, its backups and your settings '
      + 'are kept in ' + ExpandConstant('{localappdata}') + '\calaccess-desktop and '
      + ExpandConstant('{userappdata}') + '\calaccess-desktop; delete those folders '
      + 'yourself only if you no longer need your statements.', mbInformation, MB_OK);
end;
