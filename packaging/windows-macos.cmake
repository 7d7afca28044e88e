# Windows (NSIS installer) and macOS (DragNDrop disk image) packaging. Written to the CPack and Qt
# documentation and NOT TESTED: this project is built and tested on Debian 12 only, where neither
# generator can run. Both need a build on that system first (Qt 6.4+, QtKeychain, libssh,
# libarchive, libsodium, OpenSSL found by CMake there).
#
# Each installer carries one edition: `cpack -G NSIS -D KKT_EDITION=client` (or DragNDrop); the
# default is the staff edition. The executables are made to bundle Qt: Qt's deployment script
# (windeployqt / macdeployqt) runs at install time and copies Qt's libraries and plug-ins next to
# the executable; the other libraries (libssh, libarchive, libsodium, OpenSSL, QtKeychain) must be
# found by those tools or copied by hand — not worked out here.
if(NOT WIN32 AND NOT APPLE)
    # On Linux only the CPack settings below are written (harmless); nothing else changes.
else()
    foreach(component_target IN ITEMS "staff;kkt-deploy" "client;kkt-deploy-client")
        list(GET component_target 0 component)
        list(GET component_target 1 target)
        if(NOT TARGET ${target})
            continue()
        endif()
        if(APPLE)
            set_target_properties(${target} PROPERTIES MACOSX_BUNDLE ON)
        endif()
        qt_generate_deploy_app_script(TARGET ${target} FILENAME_VARIABLE deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
        install(SCRIPT ${deploy_script} COMPONENT ${component})
    endforeach()
    if(TARGET kkt-deploy)
        set_target_properties(kkt-deploy PROPERTIES MACOSX_BUNDLE_BUNDLE_NAME "KKT Deploy"
                              MACOSX_BUNDLE_GUI_IDENTIFIER ru.kkt.KktDeploy)
    endif()
    if(TARGET kkt-deploy-client)
        set_target_properties(kkt-deploy-client PROPERTIES MACOSX_BUNDLE_BUNDLE_NAME "KKT Deploy Client"
                              MACOSX_BUNDLE_GUI_IDENTIFIER ru.kkt.KktDeployClient)
    endif()
endif()

# NSIS: an installer per edition with a Start menu shortcut and an uninstaller; an installed
# version is uninstalled first. The executable stays a console program so that the command line
# prints to the terminal it was started from.
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
# DragNDrop: the .app bundle and a link to /Applications in the disk image.
set(CPACK_DMG_FORMAT UDZO)
# Per edition at cpack time (KKT_EDITION): which component, the installer's names and shortcut.
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_SOURCE_DIR}/cpack-edition.cmake)
