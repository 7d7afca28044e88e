#include "MessageBox.h"

QList<QMessageBox::StandardButton> MessageBox::s_nextAnswers;
QString MessageBox::s_lastText;
MessageBox::Observer MessageBox::s_observer;

bool MessageBox::takeAnswer(const QString& text, QMessageBox::StandardButton* answer)
{
    if (s_nextAnswers.isEmpty())
        return false;
    *answer = s_nextAnswers.takeFirst();
    s_lastText = text;
    return true;
}

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    // The same box whether answered by the user or by a test, so what a test sees is what users see.
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    QMessageBox::StandardButton answer;
    if (takeAnswer(text, &answer)) {
        if (s_observer)
            s_observer(box);
        return answer;
    }
    return QMessageBox::StandardButton(box.exec());
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text, const QString& details)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setDetailedText(details);
    QMessageBox::StandardButton answer;
    if (takeAnswer(details.isEmpty() ? text : text + u'\n' + details, &answer)) {
        if (s_observer)
            s_observer(box);
        return;
    }
    box.exec();
}

void MessageBox::about(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::StandardButton answer;
    if (takeAnswer(text, &answer))
        return;
    QMessageBox::about(parent, title, text);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswers << answer;
}

bool MessageBox::hasNextAnswer()
{
    return !s_nextAnswers.isEmpty();
}

QString MessageBox::lastText()
{
    return s_lastText;
}

void MessageBox::setObserver(Observer observer)
{
    s_observer = std::move(observer);
}
