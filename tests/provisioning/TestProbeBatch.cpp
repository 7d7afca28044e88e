#include "provisioning/InstanceLayout.h"
#include "provisioning/ProbeBatch.h"
#include "provisioning/RemoteScript.h"
#include "provisioning/StepCatalog.h"
#include "support/TestEnvironment.h"

#include <QDir>
#include <QFile>

#include <QProcess>
#include <QTest>

// Runs batches with the local bash, as the server's would, and reads them back.
class TestProbeBatch : public QObject
{
    Q_OBJECT

    static QString bash(const QString& body, const RemoteScript::Variables& variables = {})
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("bash"), {QStringLiteral("-s")});
        p.write(RemoteScript::compose(variables, body).toUtf8());
        p.closeWriteChannel();
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAll());
    }

    static ProvisioningStep step(const QString& id, const QString& probe, const QString& verify)
    {
        ProvisioningStep s;
        s.id = id;
        s.title = id;
        s.probe = probe + u'\n';
        s.action = QStringLiteral("echo ACTION-RAN\n");
        s.verify = verify + u'\n';
        return s;
    }

private slots:
    void everyStepReportedWithItsVerify()
    {
        const QList<ProvisioningStep> steps{
            step(QStringLiteral("a.done"), QStringLiteral("kkt_done \"all there\""), QStringLiteral("true")),
            step(QStringLiteral("b.broken"), QStringLiteral("kkt_done"),
                 QStringLiteral("echo checking\necho 'nginx is not running' >&2\nfalse")),
            step(QStringLiteral("c.change"), QStringLiteral("kkt_change \"will write x\""),
                 QStringLiteral("echo VERIFY-RAN")),
            step(QStringLiteral("d.failing"), QStringLiteral("echo noise\nexit 3"), QStringLiteral("true")),
            // errexit holds inside the verify: a failure in the middle is a failure.
            step(QStringLiteral("e.errexit"), QStringLiteral("kkt_done"), QStringLiteral("false\ntrue")),
            step(QStringLiteral("f.unknown"), QStringLiteral("kkt_unknown \"installed first\""),
                 QStringLiteral("true")),
        };
        const QString out =
            bash(ProbeBatch::body(steps, QStringLiteral("echo '::kkt-check web pass'\nexit 0\n")));
        QVERIFY(!out.contains(QStringLiteral("ACTION-RAN")));
        QVERIFY(!out.contains(QStringLiteral("VERIFY-RAN"))); // only done steps are verified
        QVERIFY(out.contains(QStringLiteral("::kkt-check web pass")));
        // The steps run side by side but report in their own order, each section whole.
        int previous = -1;
        for (const ProvisioningStep& s : steps) {
            const int at = int(out.indexOf(QStringLiteral("::kkt-step ") + s.id + u'\n'));
            QVERIFY2(at > previous, qPrintable(s.id));
            previous = at;
        }
        QVERIFY(out.indexOf(QStringLiteral("::kkt-check web pass")) > previous);
        const QMap<QString, ProbeBatch::Result> results = ProbeBatch::parse(out);
        QCOMPARE(results.size(), 6);

        const ProbeBatch::Result a = results.value(QStringLiteral("a.done"));
        QVERIFY(a.doneAndVerified());
        QCOMPARE(a.reason, QStringLiteral("all there"));
        QVERIFY(a.tookMs >= 0);

        const ProbeBatch::Result b = results.value(QStringLiteral("b.broken"));
        QCOMPARE(b.state, QStringLiteral("done"));
        QVERIFY(!b.verified);
        QCOMPARE(b.verifyDetail, QStringLiteral("nginx is not running"));

        const ProbeBatch::Result c = results.value(QStringLiteral("c.change"));
        QCOMPARE(c.state, QStringLiteral("change"));
        QCOMPARE(c.reason, QStringLiteral("will write x"));
        QVERIFY(!c.doneAndVerified());

        QCOMPARE(results.value(QStringLiteral("d.failing")).state, QStringLiteral("unknown"));
        QVERIFY(!results.value(QStringLiteral("e.errexit")).verified);
        QCOMPARE(results.value(QStringLiteral("f.unknown")).state, QStringLiteral("unknown"));
        QCOMPARE(results.value(QStringLiteral("f.unknown")).reason, QStringLiteral("installed first"));

        // The plan shows "done" only where the verify passes.
        QCOMPARE(ProbeBatch::planItem(steps.at(0), results).state, PlanItem::State::Done);
        const PlanItem broken = ProbeBatch::planItem(steps.at(1), results);
        QCOMPARE(broken.state, PlanItem::State::Unknown);
        QVERIFY(broken.reason.contains(QStringLiteral("nginx is not running")));
        QCOMPARE(ProbeBatch::planItem(steps.at(2), results).state, PlanItem::State::WillChange);
        QCOMPARE(ProbeBatch::planItem(steps.at(3), results).state, PlanItem::State::Unknown);
    }

    // A step whose verify the probe implies (#! verify: implied): a probe that says done stands for
    // the verify, which does not run again; one that does not say done is not verified.
    void impliedVerifyIsNotRepeated()
    {
        ProvisioningStep done = step(QStringLiteral("a.implied"), QStringLiteral("kkt_done \"checked\""),
                                     QStringLiteral("echo VERIFY-RAN\nfalse"));
        done.verifyImplied = true;
        ProvisioningStep change = step(QStringLiteral("b.implied"), QStringLiteral("kkt_change \"will do\""),
                                       QStringLiteral("true"));
        change.verifyImplied = true;
        const QString out = bash(ProbeBatch::body({done, change}));
        QVERIFY2(!out.contains(QStringLiteral("VERIFY-RAN")), qPrintable(out));
        const QMap<QString, ProbeBatch::Result> results = ProbeBatch::parse(out);
        QVERIFY(results.value(QStringLiteral("a.implied")).doneAndVerified());
        QCOMPARE(results.value(QStringLiteral("a.implied")).reason, QStringLiteral("checked"));
        QVERIFY(!results.value(QStringLiteral("b.implied")).verified);
        QCOMPARE(ProbeBatch::planItem(change, results).state, PlanItem::State::WillChange);
        // After an action the verify runs as written.
        QVERIFY(RemoteScript::stepBody(done).contains(QStringLiteral("VERIFY-RAN")));
    }

    // Built-in steps whose checks are files only, with the instance's real variables and the state
    // folder moved to a scratch one: done and verified when everything is there, not when a server
    // password is missing.
    void builtInStepsAnswerInABatch()
    {
        QString error;
        const PayloadProfile profile = PayloadProfile::builtIn(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        DeploymentConfig config;
        config.server.domain = QStringLiteral("kkt.example.ru");
        config.admin.email = QStringLiteral("ivan@example.ru");
        config.telegram.adminIds = {111};
        config.settings.timezone = QStringLiteral("Europe/Moscow");
        const InstanceLayout layout(config, profile, QStringLiteral("INST-20261129120000"));
        RemoteScript::Variables variables = layout.scriptVariables({}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString state = TestEnvironment::freshDirectory(QStringLiteral("probe-batch-state"));
        variables << qMakePair(QStringLiteral("KKT_STATE_DIR"), state);
        QString secrets;
        for (const auto& [name, value] : std::as_const(variables)) {
            if (name == QStringLiteral("KKT_SERVER_SECRETS")) {
                for (const QString& spec : value.split(u' ', Qt::SkipEmptyParts))
                    secrets += spec.section(u':', 0, 0) + QStringLiteral("=generated-value\n");
            }
        }
        QVERIFY(!secrets.isEmpty());
        QFile file(state + QStringLiteral("/secrets.env"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(secrets.toUtf8());
        file.close();

        QList<ProvisioningStep> steps;
        for (const ProvisioningStep& step : StepCatalog::steps(config, &error)) {
            if (step.id == QStringLiteral("app.secrets"))
                steps << step;
        }
        QCOMPARE(steps.size(), 1);
        const QString out = bash(ProbeBatch::body(steps), variables);
        QVERIFY2(ProbeBatch::parse(out).value(QStringLiteral("app.secrets")).doneAndVerified(),
                 qPrintable(out));

        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(secrets.section(u'\n', 1).toUtf8()); // the first password is gone
        file.close();
        const ProbeBatch::Result missing =
            ProbeBatch::parse(bash(ProbeBatch::body(steps), variables)).value(QStringLiteral("app.secrets"));
        QCOMPARE(missing.state, QStringLiteral("change"));
    }

    void missingStepsAndClientStepsAreNotDone()
    {
        ProvisioningStep telegram;
        telegram.id = QStringLiteral("telegram.mode");
        telegram.kind = ProvisioningStep::Kind::TelegramMode;
        const QMap<QString, ProbeBatch::Result> none = ProbeBatch::parse(QString());
        const PlanItem item = ProbeBatch::planItem(telegram, none);
        QCOMPARE(item.state, PlanItem::State::Unknown);
        QVERIFY(!item.reason.isEmpty());
        // A batch cut off before a step's probe answered: that step is unknown, not done.
        const QMap<QString, ProbeBatch::Result> cut =
            ProbeBatch::parse(QStringLiteral("::kkt-step a\n::kkt-probe done\n::kkt-step b\n"));
        QVERIFY(!cut.value(QStringLiteral("a")).doneAndVerified());
        QCOMPARE(cut.value(QStringLiteral("b")).state, QStringLiteral("unknown"));
    }
};

QTEST_GUILESS_MAIN(TestProbeBatch)
#include "TestProbeBatch.moc"
