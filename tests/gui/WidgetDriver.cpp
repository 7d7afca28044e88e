#include "WidgetDriver.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>

namespace {

// QTest::keyClicks takes Latin-1 only; other characters (Cyrillic names) go as key events with text.
void typeText(QWidget* target, const QString& text)
{
    for (QChar ch : text) {
        if (ch.unicode() < 128)
            QTest::keyClick(target, char(ch.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

void retype(QWidget* target, QLineEdit* edit, const QString& text)
{
    target->setFocus();
    edit->selectAll();
    if (!edit->text().isEmpty())
        QTest::keyClick(target, Qt::Key_Backspace);
    if (text.isEmpty()) {
        QTest::keyClick(target, Qt::Key_X);
        QTest::keyClick(target, Qt::Key_Backspace);
    } else {
        typeText(target, text);
    }
}

} // namespace

void WidgetDriver::type(const QString& name, const QString& text) const
{
    QWidget* widget = find<QWidget>(name);
    if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
        retype(edit, edit, text);
    } else if (auto* spin = qobject_cast<QSpinBox*>(widget)) {
        spin->setFocus();
        spin->selectAll();
        typeText(spin, text);
    } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
        retype(combo->lineEdit(), combo->lineEdit(), text);
        if (combo->completer() && combo->completer()->popup())
            combo->completer()->popup()->hide();
    } else {
        qFatal("%s cannot be typed into", qPrintable(name));
    }
}

void WidgetDriver::click(const QString& name) const
{
    auto* button = find<QAbstractButton>(name);
    if (!button->isVisible() || !button->isEnabled())
        qWarning("clicking %s, which is hidden or disabled", qPrintable(name));
    // Radio buttons and check boxes react on their indicator and text only, not on the whole width.
    const bool indicator = qobject_cast<QRadioButton*>(button) || qobject_cast<QCheckBox*>(button);
    const QPoint at =
        indicator ? QPoint(qMin(8, button->width() / 2), button->height() / 2) : button->rect().center();
    QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, at);
}

bool WidgetDriver::shows(const QString& name) const
{
    auto* label = find<QLabel>(name);
    return label->isVisible() && !label->text().isEmpty();
}

QString WidgetDriver::text(const QString& name) const
{
    QWidget* widget = find<QWidget>(name);
    if (auto* label = qobject_cast<QLabel*>(widget))
        return label->text();
    if (auto* edit = qobject_cast<QLineEdit*>(widget))
        return edit->text();
    if (auto* combo = qobject_cast<QComboBox*>(widget))
        return combo->currentText();
    if (auto* spin = qobject_cast<QSpinBox*>(widget))
        return spin->text();
    qFatal("%s has no text", qPrintable(name));
}
