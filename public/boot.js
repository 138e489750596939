// Starts Calm Together from the hashed files Trunk preloads, with no inline script, and shows
// a calm message instead of a blank page if this browser cannot run it.
const js = document.getElementById('app-js');
const wasm = document.getElementById('app-wasm');
try {
  const app = await import(js.href);
  await app.default({ module_or_path: wasm.href });
} catch (error) {
  console.error('Calm Together could not start', error);
  if (!document.querySelector('main')) {
    const message = document.createElement('p');
    message.className = 'boot-message';
    message.textContent =
      'Calm Together could not start in this browser. Please reload, or try an up-to-date browser. ' +
      '· Calm Together no pudo iniciarse. Vuelva a cargar la página o use un navegador actualizado.';
    document.body.append(message);
  }
}
