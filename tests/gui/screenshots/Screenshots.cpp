#include "Screenshots.h"

#include <QApplication>
#include <QDir>
#include <QTextStream>
#include <QWidget>

bool Screenshots::save(QWidget* widget, const QString& name) const
{
    settle();
    const QString path = QDir(m_outDir).filePath(QStringLiteral("%1-%2.png").arg(m_language, name));
    if (!widget->grab().save(path)) {
        QTextStream(stderr) << "cannot write " << path << Qt::endl;
        return false;
    }
    QTextStream(stdout) << path << Qt::endl;
    return true;
}

void Screenshots::settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

void Screenshots::processEvents()
{
    QApplication::processEvents(QEventLoop::AllEvents, 50);
}
