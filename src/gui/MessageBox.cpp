#include "MessageBox.h"

QList<QMessageBox::StandardButton> MessageBox::s_nextAnswers;
QString MessageBox::s_lastText;

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
    QMessageBox::StandardButton answer;
    if (takeAnswer(text, &answer))
        return answer;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text, const QString& details)
{
    QMessageBox::StandardButton answer;
    if (takeAnswer(details.isEmpty() ? text : text + u'\n' + details, &answer))
        return;
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setDetailedText(details);
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
