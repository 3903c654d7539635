// Runs in <head> before the first paint: applies the theme this browser chose with the shell's theme switch
// (ui/src/lib/theme), so nobody who chose light sees a dark flash. Without a choice, or without JavaScript,
// the stylesheets follow the system setting. It also marks the page as scripted, which shows the switch:
// without JavaScript it could not work. A file, not an inline script: the Content-Security-Policy allows
// same-origin scripts only. It is cached for a year without a hash in its name, so change it under a new name.
{
  const root = document.documentElement;
  root.classList.add('ab-js');
  let theme = null;
  try {
    theme = localStorage.getItem('ab-theme');
  } catch {
    // Storage refused (privacy settings): the system setting applies.
  }
  if (theme === 'light' || theme === 'dark') {
    root.setAttribute('data-theme', theme);
    for (const meta of document.querySelectorAll('meta[name="theme-color"][data-theme]')) {
      meta.setAttribute('media', meta.getAttribute('data-theme') === theme ? 'all' : 'not all');
    }
  }
}
