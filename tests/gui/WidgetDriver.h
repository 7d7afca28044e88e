#pragma once

#include <QString>
#include <QTest>
#include <QWidget>

class QLabel;

// Drives real widgets the way a user does (keyboard and mouse through QTest), found by objectName.
class WidgetDriver
{
public:
    explicit WidgetDriver(QWidget* root)
        : m_root(root)
    {}

    template <typename T>
    T* find(const QString& name) const
    {
        T* widget = m_root->findChild<T*>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }

    // Replaces what a line edit, spin box or editable combo box holds by typing `text`. Typing
    // nothing still edits the field (a character typed and deleted), as a user clearing it does.
    void type(const QString& name, const QString& text) const;
    void click(const QString& name) const;
    // The inline message `name` is on screen and says something.
    bool shows(const QString& name) const;
    QString text(const QString& name) const;

private:
    QWidget* m_root;
};
