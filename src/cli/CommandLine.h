#pragma once

#include "Command.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

// The headless face of kkt-deploy: `kkt-deploy COMMAND [options]`.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine();
    ~CommandLine();

    // True when the arguments ask for a command rather than the GUI.
    static bool isHeadless(const QStringList& arguments);
    // The value of --lang, if any ("" when absent); `error` is set when it is not ru or en.
    static QString language(const QStringList& arguments, QString* error);
    // Removes --lang and its value.
    static QStringList withoutLanguage(const QStringList& arguments);

    // `arguments` as QCoreApplication::arguments() gives them, without --lang.
    int run(const QStringList& arguments, CommandIo& io);

private:
    QString helpText() const;

    std::vector<std::unique_ptr<Command>> m_commands;
};
