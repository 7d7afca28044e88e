#include "PlanCommand.h"

#include "DeployCommand.h"
#include "DeploymentOptions.h"
#include "ExitCode.h"
#include "provisioning/DeploymentRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString PlanCommand::summary() const
{
    return tr("show what a deployment would change on the server, without changing anything");
}

int PlanCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    DeploymentOptions options;
    options.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"), tr("print the plan as JSON"));
    parser.addOption(json);
    if (const int code = parse(parser, arguments, io); code >= 0)
        return code;
    DeploymentRequest request;
    if (const int code = options.build(parser, io, name(), false, &request); code >= 0)
        return code;

    DeploymentRunner runner(request);
    runner.setJournalPath(options.journal(parser));
    QString error;
    const QList<PlanItem> items = runner.plan(&error);
    if (!error.isEmpty()) {
        io.err << tr("plan: %1").arg(error) << Qt::endl;
        return DeployCommand::exitCodeFor(runner.planStatus(), runner.planSshError());
    }
    static const char* stateNames[] = {"done", "change", "unknown"};
    if (parser.isSet(json)) {
        QJsonArray steps;
        for (const PlanItem& item : items)
            steps.append(
                QJsonObject{{QStringLiteral("id"), item.stepId},
                            {QStringLiteral("title"), item.title},
                            {QStringLiteral("state"), QString::fromLatin1(stateNames[int(item.state)])},
                            {QStringLiteral("reason"), item.reason}});
        io.out
            << QJsonDocument(QJsonObject{{QStringLiteral("steps"), steps}}).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    int changes = 0;
    for (const PlanItem& item : items) {
        QString state;
        switch (item.state) {
        case PlanItem::State::Done:
            state = tr("already done");
            break;
        case PlanItem::State::WillChange:
            state = tr("will change");
            ++changes;
            break;
        case PlanItem::State::Unknown:
            state = tr("cannot know until run");
            break;
        }
        io.out << QStringLiteral("%1  %2  %3%4\n")
                      .arg(item.stepId, -18)
                      .arg(state, -22)
                      .arg(item.title,
                           item.reason.isEmpty() ? QString() : QStringLiteral(" — ") + item.reason);
    }
    io.out << tr("%n step(s) will change.", nullptr, changes) << Qt::endl;
    return ExitOk;
}
