#include "releases/ReleaseManifest.h"

#include <QJsonDocument>
#include <QTest>

class TestReleaseManifest : public QObject
{
    Q_OBJECT

private slots:
    void full()
    {
        const auto parsed = ReleaseManifest::parse(R"({
            "version": "v1.1.0-rc.1", "release_date": "2026-11-20", "severity": "Critical",
            "requires_restart": true, "database_migration": true, "breaking_changes": true,
            "rollback_supported": false, "minimum_version": "1.0.0",
            "changelog": {"added": ["Reports"], "fixed": ["Fix A", "Fix B"], "security": ["CVE-1"]},
            "migration_steps": [{"type": "sql", "file": "./database/migrations/012.sql", "description": "add column"}]
        })");
        QVERIFY2(parsed.ok(), qPrintable(parsed.problems.join(u'\n')));
        const ReleaseManifest& m = parsed.manifest;
        QCOMPARE(m.version->toString(), QStringLiteral("1.1.0-rc.1"));
        QCOMPARE(m.releaseDate, QDate(2026, 11, 20));
        QCOMPARE(m.severity, ReleaseManifest::Severity::Critical);
        QVERIFY(m.databaseMigration);
        QVERIFY(m.breakingChanges);
        QVERIFY(!m.rollbackSupported);
        QCOMPARE(m.changelog.added, QStringList{QStringLiteral("Reports")});
        QCOMPARE(m.changelog.fixed.size(), 2);
        QVERIFY(m.changelog.changed.isEmpty());
        QCOMPARE(m.changelog.text(),
                 QStringLiteral("Added:\n- Reports\nFixed:\n- Fix A\n- Fix B\nSecurity:\n- CVE-1"));
        QCOMPARE(m.migrationSteps.size(), 1);
        QCOMPARE(m.migrationSteps.at(0).file, QStringLiteral("database/migrations/012.sql"));
        QCOMPARE(m.migrationSteps.at(0).type, QStringLiteral("sql"));
        QVERIFY(m.updatesFrom(*SemanticVersion::parse(u"1.0.0")));
        QVERIFY(!m.updatesFrom(*SemanticVersion::parse(u"1.0.0-beta")));
        // What toJson writes, parse reads back the same.
        const auto again = ReleaseManifest::parse(QJsonDocument(m.toJson()).toJson());
        QVERIFY2(again.ok(), qPrintable(again.problems.join(u'\n')));
        QCOMPARE(again.manifest.changelog.fixed, m.changelog.fixed);
        QCOMPARE(again.manifest.migrationSteps.at(0).file, m.migrationSteps.at(0).file);
    }

    void minimalDefaults()
    {
        const auto parsed = ReleaseManifest::parse(R"({"version": "1.0.1"})");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.manifest.severity, ReleaseManifest::Severity::Patch);
        QVERIFY(parsed.manifest.rollbackSupported);
        QVERIFY(parsed.manifest.requiresRestart);
        QVERIFY(!parsed.manifest.databaseMigration);
        QVERIFY(!parsed.manifest.implicit);
    }

    void withoutManifestIsAPatch()
    {
        const ReleaseManifest m = ReleaseManifest::implicitPatch(*SemanticVersion::parse(u"1.0.3"));
        QCOMPARE(m.severity, ReleaseManifest::Severity::Patch);
        QVERIFY(!m.databaseMigration);
        QVERIFY(m.migrationSteps.isEmpty());
        QVERIFY(m.rollbackSupported);
        QVERIFY(m.implicit);
        QVERIFY(m.updatesFrom(*SemanticVersion::parse(u"0.1.0")));
    }

    void severityOrder()
    {
        QVERIFY(ReleaseManifest::Severity::Critical > ReleaseManifest::Severity::Major);
        QVERIFY(ReleaseManifest::Severity::Major > ReleaseManifest::Severity::Minor);
        QVERIFY(ReleaseManifest::Severity::Minor > ReleaseManifest::Severity::Patch);
        QCOMPARE(ReleaseManifest::severityFromName(QStringLiteral("MAJOR")),
                 ReleaseManifest::Severity::Major);
        QVERIFY(!ReleaseManifest::severityFromName(QStringLiteral("high")));
    }

    void problems_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("not json") << QByteArray("{version: 1}") << "not valid JSON";
        QTest::newRow("array") << QByteArray("[]") << "top level";
        QTest::newRow("no version") << QByteArray(R"({"severity":"patch"})") << "version";
        QTest::newRow("bad version") << QByteArray(R"({"version":"1.0"})") << "version";
        QTest::newRow("old severity word")
            << QByteArray(R"({"version":"1.0.0","severity":"high"})") << "severity";
        QTest::newRow("bad date") << QByteArray(R"({"version":"1.0.0","release_date":"20.11.2026"})")
                                  << "release_date";
        QTest::newRow("bool as string")
            << QByteArray(R"({"version":"1.0.0","rollback_supported":"yes"})") << "rollback_supported";
        QTest::newRow("restart as number")
            << QByteArray(R"({"version":"1.0.0","requires_restart":1})") << "requires_restart";
        QTest::newRow("minimum newer")
            << QByteArray(R"({"version":"1.0.0","minimum_version":"1.0.1"})") << "minimum_version";
        QTest::newRow("migration without steps")
            << QByteArray(R"({"version":"1.0.0","database_migration":true})") << "migration_steps";
        QTest::newRow("steps without migration")
            << QByteArray(R"({"version":"1.0.0","migration_steps":[{"type":"sql","file":"a.sql"}]})")
            << "database_migration";
        QTest::newRow("step escapes")
            << QByteArray(
                   R"({"version":"1.0.0","database_migration":true,"migration_steps":[{"type":"sql","file":"../../etc/passwd"}]})")
            << "migration_steps[0].file";
        QTest::newRow("absolute step")
            << QByteArray(
                   R"({"version":"1.0.0","database_migration":true,"migration_steps":[{"type":"sql","file":"/tmp/x.sql"}]})")
            << "migration_steps[0].file";
        QTest::newRow("step type")
            << QByteArray(
                   R"({"version":"1.0.0","database_migration":true,"migration_steps":[{"type":"shell","file":"x.sh"}]})")
            << "migration_steps[0].type";
        QTest::newRow("step without file")
            << QByteArray(
                   R"({"version":"1.0.0","database_migration":true,"migration_steps":[{"type":"sql"}]})")
            << "migration_steps[0].file";
        QTest::newRow("step not object")
            << QByteArray(R"({"version":"1.0.0","database_migration":true,"migration_steps":["x"]})")
            << "migration_steps[0]";
        QTest::newRow("changelog as text")
            << QByteArray(R"({"version":"1.0.0","changelog":"fixed"})") << "changelog";
        QTest::newRow("changelog section not list")
            << QByteArray(R"({"version":"1.0.0","changelog":{"fixed":"x"}})") << "changelog.fixed";
    }
    void problems()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const auto parsed = ReleaseManifest::parse(json);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.problems.join(u'\n').contains(field), qPrintable(parsed.problems.join(u'\n')));
        // Every problem says what to do.
        for (const QString& problem : parsed.problems)
            QVERIFY2(problem.contains(QStringLiteral(" — ")), qPrintable(problem));
    }

    void unknownFieldsWarn()
    {
        const auto parsed = ReleaseManifest::parse(R"({"version":"1.0.0","sevrity":"major"})");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.warnings.size(), 1);
        QVERIFY(parsed.warnings.first().contains(QStringLiteral("sevrity")));
    }
};

QTEST_GUILESS_MAIN(TestReleaseManifest)
#include "TestReleaseManifest.moc"
