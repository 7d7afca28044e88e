#pragma once

#include <QList>
#include <QMessageBox>

#include <functional>

// The one way the GUI asks a modal question or reports a failure in a dialog. Tests queue the
// answer with setNextAnswer(); the box then does not open (the seam KeePassXC's MessageBox offers).
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void warning(QWidget* parent, const QString& title, const QString& text,
                        const QString& details = QString());
    static void about(QWidget* parent, const QString& title, const QString& text);

    // The next box returns `answer` without opening; for warning() and about() any answer will do.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static bool hasNextAnswer();
    // The text of the last box answered through setNextAnswer(), so tests can check what was said.
    static QString lastText();
    // Called with the very box a queued answer stands in for — built and filled as the user would
    // see it, just not executed — so a test can look at it or take a screenshot. Empty: none.
    using Observer = std::function<void(QMessageBox& box)>;
    static void setObserver(Observer observer);

private:
    static bool takeAnswer(const QString& text, QMessageBox::StandardButton* answer);
    static QList<QMessageBox::StandardButton> s_nextAnswers;
    static QString s_lastText;
    static Observer s_observer;
};
