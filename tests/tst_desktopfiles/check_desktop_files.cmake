# SPDX-License-Identifier: GPL-3.0-or-later
# Run by ctest: cmake -DRESOURCES_DIR=<resources> -DAPPS=<app;app> -P check_desktop_files.cmake
# For each app, <app>.desktop must validate without a message, start <app> and show icon <app>,
# whose <app>.svg is beside it.
cmake_minimum_required(VERSION 3.25)
find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
if(NOT DESKTOP_FILE_VALIDATE)
    message(FATAL_ERROR "desktop-file-validate is missing (Debian: desktop-file-utils)")
endif()

set(failures "")
foreach(app IN LISTS APPS)
    set(file "${RESOURCES_DIR}/${app}.desktop")
    if(NOT EXISTS "${file}")
        list(APPEND failures "${file} is missing")
        continue()
    endif()
    execute_process(COMMAND "${DESKTOP_FILE_VALIDATE}" "${file}"
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0 OR NOT output STREQUAL "")
        list(APPEND failures "desktop-file-validate ${file} (exit ${result}):\n${output}")
    endif()

    file(STRINGS "${file}" exec_lines REGEX "^Exec=")
    if(NOT exec_lines MATCHES "^Exec=${app}( |$)")
        list(APPEND failures "${file}: '${exec_lines}' does not start ${app}")
    endif()
    file(STRINGS "${file}" icon_lines REGEX "^Icon=")
    if(NOT icon_lines STREQUAL "Icon=${app}")
        list(APPEND failures "${file}: '${icon_lines}' is not Icon=${app}")
    endif()
    if(NOT EXISTS "${RESOURCES_DIR}/${app}.svg")
        list(APPEND failures "${RESOURCES_DIR}/${app}.svg is missing")
    endif()
endforeach()

if(failures)
    list(JOIN failures "\n" report)
    message(FATAL_ERROR "${report}")
endif()
list(JOIN APPS ", " checked)
message(STATUS "desktop files valid: ${checked}")
