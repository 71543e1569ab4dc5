; NSIS include (electron-builder.yml → nsis.include): lets the check-in desks reach ThuKy on the
; hall's LAN (the "Điểm danh" switch) without the Windows Defender Firewall prompt, on private
; networks only. netsh needs administrator rights: when the installer runs without them the rule is
; not added and Windows asks at the first start instead (the page and the README say what to click).
!macro customInstall
  nsExec::Exec 'netsh advfirewall firewall delete rule name="ThuKy LAN check-in"'
  nsExec::Exec 'netsh advfirewall firewall add rule name="ThuKy LAN check-in" dir=in action=allow program="$INSTDIR\${APP_EXECUTABLE_FILENAME}" profile=private enable=yes'
!macroend

!macro customUnInstall
  nsExec::Exec 'netsh advfirewall firewall delete rule name="ThuKy LAN check-in"'
!macroend
