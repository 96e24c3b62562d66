# Installing and packaging. `cmake --install <build>` puts the two apps into bin, their desktop
# files and icons (resources/) where desktops look for them, and the license into the doc folder;
# `cpack -G DEB` in the build tree makes chinwag_<version>_<arch>.deb from the same rules, with its
# library dependencies worked out by dpkg-shlibdeps.
include(GNUInstallDirs)

install(TARGETS chinwag-server chinwag-client
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The apps link only system libraries, so the installed binaries need no RUNPATH (the one
# qt_standard_project_setup() gives them would let a stray ../lib override the system's).
set_target_properties(chinwag-server chinwag-client PROPERTIES INSTALL_RPATH "")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME chinwag)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Chinwag developers")
set(CPACK_PACKAGE_CONTACT "The Chinwag developers <chinwag@example.org>")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "desktop chat server with a monitor window, and its chat client")
# Debian wants the long description in lines of less than 80 characters.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Chinwag is a small chat system for the desktop.\n"
    "chinwag-server is a TCP chat server with a live monitor window (clients,\n"
    "groups, event log, traffic) that also runs headless; chinwag-client is a\n"
    "desktop chat window for talking to everyone, to one person or in private\n"
    "groups. Both speak one line-based protocol that a person can also type\n"
    "into telnet or nc.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt draws the SVG icons with a plugin from libqt6svg6, and the server keeps its history through
# the SQLite driver plugin from libqt6sql6-sqlite; dpkg-shlibdeps cannot see plugins.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libqt6sql6-sqlite")
# Qt's own translations (qtbase_<lang>.qm) and the Wayland platform; without them Qt's dialogs
# stay English and the apps run through XWayland.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")

# Debian's copyright file beside the license, in every install.
configure_file(${CMAKE_CURRENT_LIST_DIR}/copyright.in ${PROJECT_BINARY_DIR}/copyright @ONLY)
install(FILES
    ${PROJECT_SOURCE_DIR}/LICENSE
    ${PROJECT_SOURCE_DIR}/README.md
    ${PROJECT_BINARY_DIR}/copyright
    DESTINATION ${CMAKE_INSTALL_DOCDIR})

include(CPack)
