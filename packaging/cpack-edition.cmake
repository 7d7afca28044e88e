# Read by cpack for every generator (CPACK_PROJECT_CONFIG_FILE). The Debian packages take every
# edition at once (one .deb each); the Windows and macOS installers take one edition each,
# chosen with `cpack -G NSIS|DragNDrop -D KKT_EDITION=staff|client` (default staff). Untested here.
if(CPACK_GENERATOR STREQUAL "DEB")
    # Each edition's description starts with its own summary line; without this CPack would put
    # the project's description above it as a second summary.
    unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
endif()
if(CPACK_GENERATOR STREQUAL "NSIS" OR CPACK_GENERATOR STREQUAL "DragNDrop")
    if(NOT DEFINED KKT_EDITION)
        set(KKT_EDITION staff)
    endif()
    if(KKT_EDITION STREQUAL "client")
        set(kkt_executable kkt-deploy-client)
        set(kkt_display_name "KKT Deploy Client")
    elseif(KKT_EDITION STREQUAL "staff")
        set(kkt_executable kkt-deploy)
        set(kkt_display_name "KKT Deploy")
    else()
        message(FATAL_ERROR "KKT_EDITION: \"${KKT_EDITION}\" is not an edition — use staff or client")
    endif()
    # cpack reads this file without the project's policies: list(FIND), not IN_LIST.
    list(FIND CPACK_COMPONENTS_ALL ${KKT_EDITION} kkt_built)
    if(kkt_built EQUAL -1)
        message(FATAL_ERROR "KKT_EDITION: the ${KKT_EDITION} edition is not built in this build folder")
    endif()
    set(CPACK_COMPONENTS_ALL ${KKT_EDITION})
    set(CPACK_PACKAGE_NAME ${kkt_executable})
    set(CPACK_PACKAGE_FILE_NAME ${kkt_executable}-${CPACK_PACKAGE_VERSION})
    set(CPACK_PACKAGE_INSTALL_DIRECTORY "${kkt_display_name}")
    # Each edition its own registry key, so that installing one never uninstalls the other.
    set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "${kkt_display_name}")
    set(CPACK_NSIS_DISPLAY_NAME "${kkt_display_name}")
    set(CPACK_NSIS_PACKAGE_NAME "${kkt_display_name}")
    set(CPACK_PACKAGE_EXECUTABLES ${kkt_executable} "${kkt_display_name}")
    set(CPACK_DMG_VOLUME_NAME "${kkt_display_name}")
    set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
endif()
