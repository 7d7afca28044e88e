#pragma once

#include "releases/ReleaseManifest.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <optional>

// A release an instance can update to: its verified archive on this machine and its manifest
// (from the archive's manifest.json, or ReleaseManifest::implicitPatch when it has none). Use:
//   QString error;
//   std::optional<UpdateRelease> r = UpdateRelease::fromArchive(archive, checksums, &error);
//   request.archivePath = r->archivePath; request.checksums = r->checksums; request.manifest = r->manifest;
// Blocking (hashes and inspects the archive): call it off the GUI thread.
struct UpdateRelease
{
    Q_DECLARE_TR_FUNCTIONS(UpdateRelease)

public:
    QString version;
    QString archivePath;
    QString checksums; // checksums.txt path, or the SHA-256
    QString sha256;    // the archive's, as verified
    ReleaseManifest manifest;

    // Checks the archive's SHA-256 against `checksums` and inspects it; `error` names what is wrong.
    static std::optional<UpdateRelease> fromArchive(const QString& archivePath, const QString& checksums,
                                                    QString* error, const std::atomic_bool* cancel = nullptr);
};
