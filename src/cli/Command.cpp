#include "Command.h"

#include "ExitCode.h"

int Command::parse(QCommandLineParser& parser, const QStringList& arguments, CommandIo& io) const
{
    parser.setApplicationDescription(summary());
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        io.err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser names the program; show "kkt-deploy <command>" instead.
        text.replace(QStringLiteral("Usage: ") + arguments.first(),
                     QStringLiteral("Usage: kkt-deploy ") + name());
        io.out << text;
        io.out.flush();
        return ExitOk;
    }
    return -1;
}
