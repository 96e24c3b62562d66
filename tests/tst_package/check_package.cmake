# SPDX-License-Identifier: GPL-3.0-or-later
# Run by ctest: cmake -DCPACK=<cpack> -DCPACK_CONFIG=<build>/CPackConfig.cmake -DVERSION=<version>
#                     -DWORK_DIR=<scratch folder> -P check_package.cmake
cmake_minimum_required(VERSION 3.25)
set(apps chinwag-server chinwag-client)
set(expected_files
    ./usr/bin/chinwag-server
    ./usr/bin/chinwag-client
    ./usr/share/applications/chinwag-server.desktop
    ./usr/share/applications/chinwag-client.desktop
    ./usr/share/icons/hicolor/scalable/apps/chinwag-server.svg
    ./usr/share/icons/hicolor/scalable/apps/chinwag-client.svg
    ./usr/share/doc/chinwag/LICENSE
    ./usr/share/doc/chinwag/README.md
    ./usr/share/doc/chinwag/copyright)
# Found by dpkg-shlibdeps in the binaries, and libqt6svg6 and libqt6sql6-sqlite named by hand for
# the icon and SQLite plugins.
set(expected_dependencies libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6
    libqt6svg6 libqt6sql6-sqlite)

foreach(tool dpkg dpkg-deb dpkg-shlibdeps)
    find_program(${tool}_path ${tool})
    if(NOT ${tool}_path)
        message(FATAL_ERROR "${tool} is missing (Debian: dpkg-dev)")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
execute_process(COMMAND "${CPACK}" -G DEB --config "${CPACK_CONFIG}" -B "${WORK_DIR}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cpack failed (${result}):\n${output}")
endif()

set(failures "")
execute_process(COMMAND "${dpkg_path}" --print-architecture
    OUTPUT_VARIABLE arch OUTPUT_STRIP_TRAILING_WHITESPACE)
set(package "${WORK_DIR}/chinwag_${VERSION}_${arch}.deb")
if(NOT EXISTS "${package}")
    file(GLOB made "${WORK_DIR}/*.deb")
    message(FATAL_ERROR "expected ${package}; cpack made: ${made}")
endif()

function(control_field name out)
    execute_process(COMMAND "${dpkg-deb_path}" --field "${package}" ${name}
        OUTPUT_VARIABLE value OUTPUT_STRIP_TRAILING_WHITESPACE)
    set(${out} "${value}" PARENT_SCOPE)
endfunction()
foreach(field_value "Package=chinwag" "Version=${VERSION}" "Section=net" "Architecture=${arch}")
    string(REPLACE "=" ";" pair "${field_value}")
    list(GET pair 0 field)
    list(GET pair 1 expected)
    control_field(${field} actual)
    if(NOT actual STREQUAL expected)
        list(APPEND failures "${field}: '${actual}', expected '${expected}'")
    endif()
endforeach()
control_field(Depends depends)
foreach(dependency IN LISTS expected_dependencies)
    if(NOT depends MATCHES "(^|, )${dependency}( |,|$)")
        list(APPEND failures "Depends lacks ${dependency}: ${depends}")
    endif()
endforeach()

# Exactly the expected files: no libraries, headers or test programs.
execute_process(COMMAND "${dpkg-deb_path}" --contents "${package}" OUTPUT_VARIABLE listing)
string(REGEX MATCHALL "\\./usr/[^\n]*[^/\n]\n" entries "${listing}")
set(files "")
foreach(entry IN LISTS entries)
    string(STRIP "${entry}" entry)
    list(APPEND files "${entry}")
endforeach()
foreach(file IN LISTS expected_files)
    if(NOT file IN_LIST files)
        list(APPEND failures "missing from the package: ${file}")
    endif()
endforeach()
foreach(file IN LISTS files)
    if(NOT file IN_LIST expected_files)
        list(APPEND failures "unexpected in the package: ${file}")
    endif()
endforeach()

# The packaged, stripped programs start and know their version.
set(root "${WORK_DIR}/root")
execute_process(COMMAND "${dpkg-deb_path}" --extract "${package}" "${root}")
foreach(app IN LISTS apps)
    execute_process(COMMAND "${root}/usr/bin/${app}" --version
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output TIMEOUT 30)
    if(NOT result EQUAL 0 OR NOT output MATCHES "${VERSION}")
        list(APPEND failures "${app} --version (exit ${result}): ${output}")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
if(failures)
    list(JOIN failures "\n" report)
    message(FATAL_ERROR "${report}")
endif()
message(STATUS "${package}: ${depends}")
