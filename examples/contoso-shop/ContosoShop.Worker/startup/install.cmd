@echo off
REM Prepares the worker before it starts; must end with an explicit zero exit code.
echo Installing catalog tools >> "%TEMP%\install.log"
exit /b 0
