#include "cli/ResumeTarget.h"
#include "provisioning/DeploymentJournal.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

class TestResumeTarget : public QObject
{
    Q_OBJECT

    const QString first = QStringLiteral("11111111-2222-4333-8444-555555555555");
    const QString second = QStringLiteral("66666666-7777-4888-9999-aaaaaaaaaaaa");
    QTemporaryDir m_dir;
    QString m_journal;

    static DeploymentConfig config(const QString& host)
    {
        DeploymentConfig c;
        c.server.host = host;
        return c;
    }

    void add(const QString& id, const QString& instance, bool created, const QString& status, int minute)
    {
        DeploymentJournal journal(m_journal);
        QString error;
        QVERIFY2(journal.open(&error), qPrintable(error));
        DeploymentJournal::Deployment d;
        d.id = id;
        d.instanceId = instance;
        d.configJson =
            QString::fromUtf8(QJsonDocument(config(QStringLiteral("203.0.113.10")).toJson()).toJson());
        d.host = QStringLiteral("203.0.113.10");
        d.createdInstance = created;
        d.startedAt = QDateTime::currentDateTimeUtc().addSecs(60 * minute - 3600);
        QVERIFY(journal.startDeployment(d));
        if (status != QStringLiteral("running"))
            QVERIFY(journal.finishDeployment(id, status));
    }

private slots:
    void init()
    {
        m_journal = m_dir.filePath(QStringLiteral("journal-%1.sqlite").arg(QTest::currentTestFunction()));
    }

    void bareResumeBecomesAnEmptyValue()
    {
        const QStringList in{QStringLiteral("deploy"), QStringLiteral("c.json"), QStringLiteral("--resume")};
        QCOMPARE(ResumeTarget::normalize(in).last(), QStringLiteral("--resume="));
        QCOMPARE(
            ResumeTarget::normalize(
                {QStringLiteral("deploy"), QStringLiteral("--resume"), QStringLiteral("c.json")}),
            (QStringList{QStringLiteral("deploy"), QStringLiteral("--resume="), QStringLiteral("c.json")}));
        QCOMPARE(ResumeTarget::normalize({QStringLiteral("deploy"), QStringLiteral("--resume"), first}),
                 (QStringList{QStringLiteral("deploy"), QStringLiteral("--resume"), first}));
    }

    void resumesTheLastUnfinishedDeploymentOfTheHost()
    {
        add(first, QStringLiteral("INST-1"), true, QStringLiteral("succeeded"), 0);
        add(second, QStringLiteral("INST-1"), false, QStringLiteral("cancelled"), 1);
        QString error;
        QCOMPARE(ResumeTarget::resumeId(m_journal, QString(), config(QStringLiteral("203.0.113.10")), &error),
                 second);
        QCOMPARE(ResumeTarget::resumeId(m_journal, first, config(QStringLiteral("203.0.113.10")), &error),
                 first);
        // Another host: nothing to continue, and the message says what to do instead.
        QVERIFY(ResumeTarget::resumeId(m_journal, QString(), config(QStringLiteral("198.51.100.7")), &error)
                    .isEmpty());
        QVERIFY2(error.contains(QStringLiteral("198.51.100.7")) &&
                     error.contains(QStringLiteral("without --resume")),
                 qPrintable(error));
        // An unknown ID names the journal and the command that lists what it has.
        QVERIFY(ResumeTarget::resumeId(m_journal, QStringLiteral("00000000-0000-4000-8000-000000000000"),
                                       config(QStringLiteral("203.0.113.10")), &error)
                    .isEmpty());
        QVERIFY(error.contains(QStringLiteral("--list")));
    }

    void aFinishedLastDeploymentIsNotResumed()
    {
        add(first, QStringLiteral("INST-1"), true, QStringLiteral("cancelled"), 0);
        add(second, QStringLiteral("INST-1"), false, QStringLiteral("succeeded"), 1);
        QString error;
        QVERIFY(ResumeTarget::resumeId(m_journal, QString(), config(QStringLiteral("203.0.113.10")), &error)
                    .isEmpty());
        QVERIFY2(error.contains(second) && error.contains(QStringLiteral("succeeded")), qPrintable(error));
    }

    void rollBackTakesAnInstanceId()
    {
        add(first, QStringLiteral("INST-20260101000000"), true, QStringLiteral("succeeded"), 0);
        add(second, QStringLiteral("INST-20260101000000"), false, QStringLiteral("succeeded"), 1);
        QString error;
        const DeploymentConfig c = config(QStringLiteral("203.0.113.10"));
        QCOMPARE(ResumeTarget::rollBackId(m_journal, QStringLiteral("INST-20260101000000"), c, &error),
                 first);
        QCOMPARE(ResumeTarget::rollBackId(m_journal, second, c, &error), second);
        QVERIFY(
            ResumeTarget::rollBackId(m_journal, QStringLiteral("INST-20990101000000"), c, &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("INST-20990101000000")));
        QVERIFY(ResumeTarget::rollBackId(m_journal, QStringLiteral("yesterday"), c, &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("neither a deployment ID nor an instance ID")));
    }
};

QTEST_GUILESS_MAIN(TestResumeTarget)
#include "TestResumeTarget.moc"
