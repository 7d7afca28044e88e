#include "RollbackCommand.h"

#include "ExitCode.h"
#include "UpdateOptions.h"
#include "updates/UpdateRunner.h"

QString RollbackCommand::summary() const
{
    return tr("roll an instance back to the release before its last update (within the rollback window)");
}

int RollbackCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    UpdateOptions options;
    options.addTo(parser);
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("the version to return to (only the previous one is kept)"),
                                QStringLiteral("VERSION"));
    parser.addOption(to);
    if (const int code = parse(parser, arguments, io); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        io.err << tr("rollback: unexpected “%1” — kkt-deploy rollback --instance ID [--to VERSION]")
                      .arg(parser.positionalArguments().join(u' '))
               << Qt::endl;
        return ExitUsage;
    }
    UpdateRequest request;
    if (const int code = options.request(parser, QStringLiteral("rollback"), io, &request); code >= 0)
        return code;
    request.toVersion = parser.value(to);
    if (!options.confirm(
            parser,
            tr("Roll %1 on %2 back to the release before its last update? When that update "
               "migrated the database, the database of before it comes back and data written since "
               "is lost.")
                .arg(request.instance.name, request.deployment.target.host),
            io)) {
        io.err << tr("rollback: not confirmed; nothing was changed (pass --yes to skip the question)")
               << Qt::endl;
        return ExitUsage;
    }
    UpdateRunner runner(request);
    runner.setJournalPath(parser.value(options.journal));
    const UpdateOutcome outcome = UpdateOptions::run(
        runner, [&runner] { return runner.rollBack(); }, io);
    return options.report(parser, QStringLiteral("rollback"), outcome, io);
}
