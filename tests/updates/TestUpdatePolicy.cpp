#include "updates/UpdatePolicy.h"

#include <QTest>

// Critical updates may be forced with a stated reason; every other one needs approval per instance.
class TestUpdatePolicy : public QObject
{
    Q_OBJECT

    using Severity = ReleaseManifest::Severity;

private slots:
    void approvalAllowsEverySeverity()
    {
        for (Severity s : {Severity::Patch, Severity::Minor, Severity::Major, Severity::Critical}) {
            const UpdatePolicy::Decision d =
                UpdatePolicy::decide(s, true, QString(), QStringLiteral("ivan@lap"));
            QVERIFY(d.allowed);
            QVERIFY(d.note.contains(QStringLiteral("ivan@lap")));
        }
    }

    void criticalCanBeForcedWithAReason()
    {
        const UpdatePolicy::Decision d =
            UpdatePolicy::decide(Severity::Critical, false, QStringLiteral("CVE-2026-1 exploited"));
        QVERIFY(d.allowed);
        QVERIFY(d.note.contains(QStringLiteral("CVE-2026-1 exploited")));
        QVERIFY(!UpdatePolicy::decide(Severity::Critical, false, QStringLiteral("   ")).allowed);
        QVERIFY(UpdatePolicy::decide(Severity::Critical, false, QString())
                    .reason.contains(QStringLiteral("--force-reason")));
    }

    void othersNeedApproval_data()
    {
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("reason");
        QTest::newRow("major") << int(Severity::Major) << QString();
        QTest::newRow("minor forced") << int(Severity::Minor) << QStringLiteral("hurry");
        QTest::newRow("patch") << int(Severity::Patch) << QString();
    }
    void othersNeedApproval()
    {
        QFETCH(int, severity);
        QFETCH(QString, reason);
        const UpdatePolicy::Decision d = UpdatePolicy::decide(Severity(severity), false, reason);
        QVERIFY(!d.allowed);
        QVERIFY2(d.reason.contains(QStringLiteral("--yes")), qPrintable(d.reason));
    }
};

QTEST_GUILESS_MAIN(TestUpdatePolicy)
#include "TestUpdatePolicy.moc"
