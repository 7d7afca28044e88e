#include "CommandLine.h"

#include "BackupCommand.h"
#include "DeployCommand.h"
#include "ExitCode.h"
#include "PlanCommand.h"
#include "ProbeCommand.h"
#include "RegistryCommand.h"
#include "ReleaseCommand.h"
#include "RollbackCommand.h"
#include "SelfServiceCheck.h"
#include "TelegramCommand.h"
#include "TestInstanceCommand.h"
#include "TokenCommand.h"
#include "UpdateCommand.h"
#include "ValidateCommand.h"
#include "core/Edition.h"

namespace {

// Options QApplication itself understands; they still mean "start the GUI".
const QStringList qtGuiOptionsWithValue{QStringLiteral("-platform"),     QStringLiteral("-style"),
                                        QStringLiteral("-stylesheet"),   QStringLiteral("-qwindowgeometry"),
                                        QStringLiteral("-qwindowtitle"), QStringLiteral("-display")};
const QStringList qtGuiFlags{QStringLiteral("-reverse")};

} // namespace

CommandLine::CommandLine()
{
    m_commands.push_back(std::make_unique<ValidateCommand>());
    m_commands.push_back(std::make_unique<ProbeCommand>());
    m_commands.push_back(std::make_unique<PlanCommand>());
    m_commands.push_back(std::make_unique<DeployCommand>());
    m_commands.push_back(std::make_unique<ReleaseCommand>());
    m_commands.push_back(std::make_unique<TelegramCommand>());
    m_commands.push_back(std::make_unique<RegistryCommand>());
    m_commands.push_back(std::make_unique<TokenCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<UpdateCommand>());
    m_commands.push_back(std::make_unique<RollbackCommand>());
    m_commands.push_back(std::make_unique<TestInstanceCommand>());
    // The self-service edition deploys the client's own server, nothing else.
    if (Edition::isSelfService())
        std::erase_if(m_commands,
                      [](const auto& command) { return !SelfServiceCheck::offers(command->name()); });
}

CommandLine::~CommandLine() = default;

QStringList CommandLine::withoutLanguage(const QStringList& arguments)
{
    QStringList result;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QStringLiteral("--lang")) {
            ++i;
            continue;
        }
        if (arguments.at(i).startsWith(QStringLiteral("--lang=")))
            continue;
        result << arguments.at(i);
    }
    return result;
}

QString CommandLine::language(const QStringList& arguments, QString* error)
{
    QString lang;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QStringLiteral("--lang"))
            lang = i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        else if (arguments.at(i).startsWith(QStringLiteral("--lang=")))
            lang = arguments.at(i).mid(7);
        else
            continue;
        if (lang != QStringLiteral("ru") && lang != QStringLiteral("en")) {
            *error = tr("--lang: “%1” is not a supported language — use --lang ru or --lang en").arg(lang);
            return {};
        }
    }
    return lang;
}

bool CommandLine::isHeadless(const QStringList& arguments)
{
    const QStringList args = withoutLanguage(arguments);
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (qtGuiOptionsWithValue.contains(args.at(i)))
            ++i;
        else if (!qtGuiFlags.contains(args.at(i)))
            return true;
    }
    return false;
}

QString CommandLine::helpText() const
{
    QString text = tr("Usage: %1 [--lang ru|en] [COMMAND [OPTIONS]]\n\n"
                      "Without a command, %2 opens its window. Commands run without a window:\n\n")
                       .arg(Edition::applicationId(), Edition::displayName());
    for (const auto& command : m_commands)
        text += QStringLiteral("  %1 %2\n").arg(command->name(), -13).arg(command->summary());
    text += tr(
        "\nGlobal options:\n"
        "  -h, --help     show this help; COMMAND --help shows a command's options\n"
        "  -v, --version  show the version\n"
        "  --lang ru|en   language of messages (default: the system's)\n\n"
        "Secrets are never read from configuration files: they come from the OS keychain,\n"
        "environment variables (KKT_BOT_TOKEN, KKT_ADMIN_PASSWORD, KKT_SSH_PASSWORD,\n"
        "KKT_SSH_PASSPHRASE) or standard input.\n\n"
        "Exit codes: 0 success, 1 the operation failed, 2 bad arguments or invalid input,\n"
        "3 host key unknown, 4 host key changed, 5 authentication failed, 6 host unreachable,\n"
        "7 checksum mismatch, 8 unsafe or malformed archive, 9 the server is locked by another deployment,\n"
        "10 deployed but a health check fails, 11 cancelled, 12 the server fails a check (probe),\n"
        "13 the update failed and was rolled back to the version before (update apply).\n");
    return text;
}

int CommandLine::run(const QStringList& arguments, CommandIo& io)
{
    const QString first = arguments.value(1);
    if (first.isEmpty() || first == QStringLiteral("-h") || first == QStringLiteral("--help") ||
        first == QStringLiteral("help")) {
        io.out << helpText();
        io.out.flush();
        return ExitOk;
    }
    if (first == QStringLiteral("-v") || first == QStringLiteral("--version")) {
        io.out << Edition::applicationId() << QStringLiteral(" %1\n").arg(QStringLiteral(KKT_VERSION));
        io.out.flush();
        return ExitOk;
    }
    for (const auto& command : m_commands) {
        if (command->name() == first) {
            const int code = command->run(arguments.mid(1), io);
            io.out.flush();
            io.err.flush();
            return code;
        }
    }
    io.err << tr("kkt-deploy: “%1” is not a command — run kkt-deploy --help to see the commands").arg(first)
           << Qt::endl;
    return ExitUsage;
}
