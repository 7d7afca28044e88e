#include "cli/CommandLine.h"
#include "core/Edition.h"
#include "gui/MainWindow.h"
#include "gui/SettingsDialog.h"
#include "i18n/Localization.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QLoggingCategory>

#include <cstdio>

// Without a command: the window. With one: headless, no display needed.
int main(int argc, char* argv[])
{
#ifdef KKT_CLIENT_EDITION
    // kkt-deploy-client: the self-service edition, the same libraries with the token's rules.
    Edition::set(Edition::Kind::SelfService);
#endif
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    QString languageError;
    const QString language = CommandLine::language(rawArguments, &languageError);

    // Debug output is for developers: KKT_DEBUG=1 turns it on.
    if (qEnvironmentVariableIsEmpty("KKT_DEBUG"))
        QLoggingCategory::setFilterRules(QStringLiteral("kkt.*.debug=false"));
    QCoreApplication::setOrganizationName(QStringLiteral("KKT"));
    // Settings, journal and outbox of the two editions stay apart on one computer.
    QCoreApplication::setApplicationName(Edition::applicationId());
    QCoreApplication::setApplicationVersion(QStringLiteral(KKT_VERSION));

    if (CommandLine::isHeadless(rawArguments) || !languageError.isEmpty()) {
        QCoreApplication app(argc, argv);
        Localization::install(&app, language);
        QTextStream out(stdout);
        QTextStream err(stderr);
        QFile in;
        in.open(stdin, QIODevice::ReadOnly);
        CommandIo io{out, err, &in};
        if (!languageError.isEmpty()) {
            err << languageError << Qt::endl;
            return 2;
        }
        CommandLine commandLine;
        return commandLine.run(CommandLine::withoutLanguage(app.arguments()), io);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(Edition::displayName());
    QApplication::setWindowIcon(QIcon(Edition::iconResource()));
    QApplication::setDesktopFileName(Edition::applicationId());
    // The window's language: --lang, else the one chosen in Settings, else the system's.
    Localization::install(&app, language.isEmpty() ? SettingsDialog::storedLanguage() : language);
    MainWindow window;
    window.show();
    return app.exec();
}
