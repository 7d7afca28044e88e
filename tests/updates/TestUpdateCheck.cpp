#include "updates/UpdateCheck.h"

#include <QTest>

// The check's logic without I/O: which release an instance updates to and what that means.
class TestUpdateCheck : public QObject
{
    Q_OBJECT

    static ReleaseManifest manifest(const char* json)
    {
        const ReleaseManifest::Parsed parsed = ReleaseManifest::parse(json);
        if (!parsed.ok())
            qFatal("%s", qPrintable(parsed.problems.join(u'\n')));
        return parsed.manifest;
    }
    static ReleaseManifest patch(const char* version)
    {
        return ReleaseManifest::implicitPatch(*SemanticVersion::parse(QString::fromLatin1(version)));
    }
    QList<ReleaseManifest> releases() const
    {
        return {patch("1.0.0"), patch("1.0.1"),
                manifest(R"({"version":"1.1.0","severity":"minor","database_migration":true,
                             "migration_steps":[{"type":"sql","file":"database/migrations/012.sql"}],
                             "changelog":{"added":["Reports"]}})"),
                manifest(R"({"version":"1.2.0","severity":"major","rollback_supported":false,
                             "minimum_version":"1.1.0","changelog":{"fixed":["Login"]}})"),
                manifest(R"({"version":"1.3.0-rc.1","severity":"critical"})")};
    }

private slots:
    void newestStableRelease()
    {
        const UpdateAvailability a = UpdateCheck::evaluate(QStringLiteral("1.1.0"), releases());
        QCOMPARE(a.available, QStringLiteral("1.2.0"));
        QCOMPARE(a.severity, ReleaseManifest::Severity::Major);
        QVERIFY(!a.migration);
        QVERIFY(!a.rollbackSupported);
        QCOMPARE(a.estimatedDowntimeMs, 0);
        QVERIFY(a.refusal.isEmpty());
        QCOMPARE(a.manifest.changelog.fixed, QStringList{QStringLiteral("Login")});
    }

    void everythingOnTheWayCounts()
    {
        // 1.0.0 → 1.1.0 (by --to): the migration of 1.1.0, nothing of 1.2.0.
        const UpdateAvailability a =
            UpdateCheck::evaluate(QStringLiteral("1.0.0"), releases(), QStringLiteral("1.1.0"));
        QCOMPARE(a.available, QStringLiteral("1.1.0"));
        QCOMPARE(a.severity, ReleaseManifest::Severity::Minor);
        QVERIFY(a.migration);
        QVERIFY(a.rollbackSupported);
        QCOMPARE(a.estimatedDowntimeMs, UpdateCheck::migrationDowntimeEstimateMs);
        QVERIFY(a.refusal.isEmpty());
    }

    void olderThanTheMinimumIsRefused()
    {
        const UpdateAvailability a = UpdateCheck::evaluate(QStringLiteral("1.0.1"), releases());
        QCOMPARE(a.available, QStringLiteral("1.2.0"));
        QVERIFY(a.migration); // 1.1.0 lies on the way
        QVERIFY2(a.refusal.contains(QStringLiteral("1.1.0")), qPrintable(a.refusal));
    }

    void anUpdateTheServerCannotTakeIsRefused()
    {
        const QList<ReleaseManifest> r = releases();
        const QString id = QStringLiteral("INST-1");
        QCOMPARE(UpdateCheck::refusal(id, QStringLiteral("1.1.0"), QStringLiteral("1.1.0"), r.at(2)),
                 QStringLiteral("instance INST-1 already runs 1.1.0"));
        QVERIFY(UpdateCheck::refusal(id, QStringLiteral("1.2.0"), QStringLiteral("1.1.0"), r.at(2))
                    .contains(QStringLiteral("newer than 1.1.0")));
        QVERIFY(UpdateCheck::refusal(id, QStringLiteral("1.0.1"), QStringLiteral("1.2.0"), r.at(3))
                    .contains(QStringLiteral("updates only from 1.1.0")));
        QCOMPARE(UpdateCheck::refusal(id, QStringLiteral("1.1.0"), QStringLiteral("1.2.0"), r.at(3)),
                 QString());
    }

    void upToDate()
    {
        const UpdateAvailability a = UpdateCheck::evaluate(QStringLiteral("1.2.0"), releases());
        QVERIFY(!a.updateAvailable());
        QVERIFY(a.refusal.isEmpty());
        QVERIFY(a.error.isEmpty());
        QVERIFY(a.downtimeText().isEmpty());
    }

    void preReleasesOnlyForPreReleases()
    {
        QCOMPARE(UpdateCheck::evaluate(QStringLiteral("1.2.0"), releases()).available, QString());
        const UpdateAvailability a = UpdateCheck::evaluate(QStringLiteral("1.2.1-rc.0"), releases());
        QCOMPARE(a.available, QStringLiteral("1.3.0-rc.1"));
        QCOMPARE(a.severity, ReleaseManifest::Severity::Critical);
    }

    void targetProblems()
    {
        QVERIFY(UpdateCheck::evaluate(QStringLiteral("1.1.0"), releases(), QStringLiteral("1.0.1"))
                    .refusal.contains(QStringLiteral("rollback")));
        QVERIFY(UpdateCheck::evaluate(QStringLiteral("1.1.0"), releases(), QStringLiteral("9.9.9"))
                    .refusal.contains(QStringLiteral("9.9.9")));
        QVERIFY(UpdateCheck::evaluate(QStringLiteral("1.1.0"), releases(), QStringLiteral("two"))
                    .refusal.contains(QStringLiteral("--to")));
        QVERIFY(!UpdateCheck::evaluate(QStringLiteral("garbage"), releases()).error.isEmpty());
    }

    void releaseWithoutManifestIsAPatch()
    {
        const UpdateAvailability a = UpdateCheck::evaluate(QStringLiteral("1.0.0"), {patch("1.0.1")});
        QCOMPARE(a.available, QStringLiteral("1.0.1"));
        QCOMPARE(a.severity, ReleaseManifest::Severity::Patch);
        QVERIFY(!a.migration);
        QVERIFY(a.rollbackSupported);
        QCOMPARE(a.toJson().value(QStringLiteral("severity")).toString(), QStringLiteral("patch"));
    }
};

QTEST_GUILESS_MAIN(TestUpdateCheck)
#include "TestUpdateCheck.moc"
