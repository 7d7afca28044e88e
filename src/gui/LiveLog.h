#pragma once

#include <QObject>
#include <QStringList>

class QPlainTextEdit;
class QTimer;
class QWidget;

// The terminal-style live log of a long operation (a deployment, an update): fixed-width, light on
// dark, lines reaching the view in batches every 100 ms, bounded so that a long run keeps scrolling
// smoothly, following the tail until the user scrolls away (and again once back at the end). The
// whole run is kept, bounded too, for View full log. Lines arrive already redacted.
class LiveLog : public QObject
{
    Q_OBJECT

public:
    // Lines on screen; the whole run's log is kept up to FullLines.
    static constexpr int VisibleLines = 5000;
    static constexpr int FullLines = 200000;

    // Styles `view` and feeds it; `view` must outlive this object (both are usually children of
    // the same page).
    explicit LiveLog(QPlainTextEdit* view, QObject* parent = nullptr);

    void append(const QString& line);
    // Puts the pending lines on screen now (before a result is shown, and in tests).
    void flush();
    void clear();
    const QStringList& lines() const { return m_fullLog; }
    int droppedLines() const { return m_droppedLines; }
    // A non-modal window with the whole run's log, child of `parent`, titled `title`.
    void showFull(QWidget* parent, const QString& title);

private:
    QPlainTextEdit* m_view;
    QTimer* m_flushTimer;
    QStringList m_pendingLines;
    QStringList m_fullLog;
    int m_droppedLines = 0;
    bool m_follow = true;
};
