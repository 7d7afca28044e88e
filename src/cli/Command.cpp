#include "Command.h"

#include "ExitCode.h"
#include "core/Edition.h"

#include <QCoreApplication>
#include <QIODevice>

bool CommandIo::confirmed()
{
    err.flush();
    const QString answer = in ? QString::fromUtf8(in->readLine()).trimmed() : QString();
    return answer == QStringLiteral("yes");
}

int Command::parse(QCommandLineParser& parser, const QStringList& arguments, CommandIo& io) const
{
    parser.setApplicationDescription(summary());
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        io.err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        // QCommandLineParser names the program by its path; show "kkt-deploy <command>" instead (or
        // kkt-deploy-client's name).
        const QString text = parser.helpText();
        const qsizetype lineEnd = text.indexOf(u'\n');
        QString usage = text.left(lineEnd);
        const qsizetype programEnd = usage.indexOf(u' ', usage.indexOf(u' ') + 1);
        usage =
            Edition::applicationId() + u' ' + name() + (programEnd < 0 ? QString() : usage.mid(programEnd));
        io.out << tr("Usage: %1").arg(usage) << text.mid(lineEnd);
        io.out.flush();
        return ExitOk;
    }
    return -1;
}
