#pragma once

#include <QString>

class QJsonObject;

// Later releases of the sample (tests/data/sample-release) for the update tests, built from the
// same tree with their differences applied:
//   1.1.0-e2e  a manifest (minor, a changelog) and migration 012 adding support_requests.tag, which
//              its /health needs (so it is healthy only once the migration ran);
//   1.1.1-e2e  no manifest (a patch without migrations), healthy: the switch beside the old release;
//   1.2.0-e2e  a manifest with migration 013 (a column and changed rows), and a web service whose
//              /health always fails.
class SampleUpdateRelease
{
public:
    static QString v110() { return QStringLiteral("1.1.0-e2e"); }
    static QString v111() { return QStringLiteral("1.1.1-e2e"); }
    static QString v120() { return QStringLiteral("1.2.0-e2e"); }
    // The change 1.1.0-e2e's changelog adds.
    static QString v110Change() { return QStringLiteral("Support requests have a tag"); }

    // Empty when `answer` (an instance of `update check --json`) offers `available` as 1.1.0-e2e's
    // manifest describes it: minor, with a migration, rollback supported, v110Change() added; else
    // what differs.
    static QString offerMismatch(const QJsonObject& answer, const QString& available);

    // Packs `version` into `directory` (kkt-app-v<version>.tar.gz and checksums-<version>.txt).
    static bool build(const QString& version, const QString& directory, QString* archive, QString* checksums,
                      QString* error);
};
