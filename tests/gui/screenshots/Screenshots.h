#pragma once

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QString>

class QWidget;

// Where kkt-screenshots puts its PNGs: "<outDir>/<language>-<name>.png", each path printed.
class Screenshots
{
public:
    Screenshots(const QString& outDir, const QString& language)
        : m_outDir(outDir)
        , m_language(language)
    {}

    QString language() const { return m_language; }
    bool russian() const { return m_language == QStringLiteral("ru"); }
    // Lets pending events (layouts, paints) run, then saves what `widget` shows.
    bool save(QWidget* widget, const QString& name) const;

    static void settle();
    // Runs the event loop until `done` or the deadline; false on the deadline.
    template <typename Done>
    static bool waitFor(Done done, int milliseconds)
    {
        QDeadlineTimer deadline(milliseconds);
        while (!done() && !deadline.hasExpired())
            processEvents();
        return done();
    }

private:
    static void processEvents();

    QString m_outDir;
    QString m_language;
};
