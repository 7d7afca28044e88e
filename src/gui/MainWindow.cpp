#include "MainWindow.h"

#include <QTabWidget>

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
{
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    setCentralWidget(m_tabs);
    setWindowTitle(tr("KKT Deploy"));
    resize(960, 720);
}
