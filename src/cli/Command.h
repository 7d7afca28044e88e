#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// Where a headless command reads and writes. Tests hand in buffers; main() hands in the console.
struct CommandIo
{
    QTextStream& out;
    QTextStream& err;
    QIODevice* in = nullptr;

    // After a question written on err: shows it and reads the answer; true when it is “yes”.
    bool confirmed();
};

// One subcommand of `kkt-deploy` (validate, probe, release …).
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // `arguments` start with the subcommand's own name, as QCommandLineParser expects.
    virtual int run(const QStringList& arguments, CommandIo& io) = 0;

protected:
    // Parses with --help support. Returns -1 to go on, or the exit code to return at once.
    int parse(QCommandLineParser& parser, const QStringList& arguments, CommandIo& io) const;
};
