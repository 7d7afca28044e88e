#include "releases/ReleaseManifest.h"

#include <QTest>

class TestReleaseManifest : public QObject
{
    Q_OBJECT

private slots:
    void full()
    {
        const auto parsed = ReleaseManifest::parse(R"({
            "version": "v1.1.0-rc.1", "severity": "Critical", "database_migration": true,
            "rollback_supported": false, "minimum_version": "1.0.0",
            "changelog": ["Fix A", "Fix B"],
            "migration_steps": [{"id": "012", "description": "add column", "script": "./database/migrations/012.sql"},
                                "restart the bot"]
        })");
        QVERIFY2(parsed.ok(), qPrintable(parsed.problems.join(u'\n')));
        const ReleaseManifest& m = parsed.manifest;
        QCOMPARE(m.version->toString(), QStringLiteral("1.1.0-rc.1"));
        QCOMPARE(m.severity, ReleaseManifest::Severity::Critical);
        QVERIFY(m.databaseMigration);
        QVERIFY(!m.rollbackSupported);
        QCOMPARE(m.changelog, QStringLiteral("- Fix A\n- Fix B"));
        QCOMPARE(m.migrationSteps.size(), 2);
        QCOMPARE(m.migrationSteps.at(0).script, QStringLiteral("database/migrations/012.sql"));
        QVERIFY(m.updatesFrom(*SemanticVersion::parse(u"1.0.0")));
        QVERIFY(!m.updatesFrom(*SemanticVersion::parse(u"1.0.0-beta")));
    }

    void minimalDefaults()
    {
        const auto parsed = ReleaseManifest::parse(R"({"version": "1.0.1"})");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.manifest.severity, ReleaseManifest::Severity::Normal);
        QVERIFY(parsed.manifest.rollbackSupported);
        QVERIFY(!parsed.manifest.databaseMigration);
    }

    void problems_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("not json") << QByteArray("{version: 1}") << "not valid JSON";
        QTest::newRow("array") << QByteArray("[]") << "top level";
        QTest::newRow("no version") << QByteArray(R"({"severity":"low"})") << "version";
        QTest::newRow("bad version") << QByteArray(R"({"version":"1.0"})") << "version";
        QTest::newRow("bad severity")
            << QByteArray(R"({"version":"1.0.0","severity":"urgent"})") << "severity";
        QTest::newRow("bool as string")
            << QByteArray(R"({"version":"1.0.0","rollback_supported":"yes"})") << "rollback_supported";
        QTest::newRow("minimum newer")
            << QByteArray(R"({"version":"1.0.0","minimum_version":"1.0.1"})") << "minimum_version";
        QTest::newRow("migration without steps")
            << QByteArray(R"({"version":"1.0.0","database_migration":true})") << "migration_steps";
        QTest::newRow("step escapes")
            << QByteArray(
                   R"({"version":"1.0.0","migration_steps":[{"description":"x","script":"../../etc/passwd"}]})")
            << "migration_steps[0].script";
        QTest::newRow("absolute step")
            << QByteArray(
                   R"({"version":"1.0.0","migration_steps":[{"description":"x","script":"/tmp/x.sql"}]})")
            << "migration_steps[0].script";
        QTest::newRow("empty step") << QByteArray(R"({"version":"1.0.0","migration_steps":[{}]})")
                                    << "migration_steps[0]";
        QTest::newRow("changelog number")
            << QByteArray(R"({"version":"1.0.0","changelog":5})") << "changelog";
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
        const auto parsed = ReleaseManifest::parse(R"({"version":"1.0.0","sevrity":"high"})");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.warnings.size(), 1);
        QVERIFY(parsed.warnings.first().contains(QStringLiteral("sevrity")));
    }
};

QTEST_GUILESS_MAIN(TestReleaseManifest)
#include "TestReleaseManifest.moc"
