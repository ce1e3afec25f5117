; The Windows installer of dist\announcer (built by packaging/announcer.spec), compiled by
; Inno Setup 6 in .github/workflows/release.yml: iscc /DVersion=X.Y.Z packaging\windows\announcer.iss
; Not run on the development machine (Linux): see docs/release.md.
#ifndef Version
  #error Pass the version: iscc /DVersion=X.Y.Z
#endif

[Setup]
AppId={{6F1C8E52-3B7A-4C1E-9D2F-8A4B5C6D7E80}
AppName=Announcer
AppVersion={#Version}
AppPublisher=Announcer
DefaultDirName={autopf}\Announcer
DefaultGroupName=Announcer
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=announcer-{#Version}-windows-x86_64-setup
SetupIconFile=..\..\dist\announcer.ico
UninstallDisplayIcon={app}\announcer.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\announcer\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Announcer"; Filename: "{app}\announcer.exe"
Name: "{autodesktop}\Announcer"; Filename: "{app}\announcer.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\announcer.exe"; Description: "{cm:LaunchProgram,Announcer}"; Flags: nowait postinstall skipifsilent
