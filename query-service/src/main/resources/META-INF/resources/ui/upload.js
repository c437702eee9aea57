// Upload form: posts the chosen files straight to ingest-service's POST /articles (the form's action; ingest allows
// this page's origin by CORS), then polls query-service's GET /articles/{id} for each file until it is enriched or
// failed. All text is set with textContent.
(function () {
  'use strict';
  var POLL_MS = 1000;
  var GIVE_UP_MS = 15 * 60 * 1000;
  var form = document.getElementById('upload-form');
  var list = document.getElementById('upload-status');
  var message = document.getElementById('upload-message');
  var keyInput = document.getElementById('upload-api-key');
  var keyField = document.getElementById('api-key-field');
  var submit = document.getElementById('upload-submit');

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function setBadge(badge, status) {
    badge.className = 'badge status-' + status.replace(/[^a-z]/g, '');
    badge.textContent = status;
  }

  function row(fileName) {
    var li = el('li', 'card upload-row');
    var head = el('div', 'article-row-head');
    var name = el('span', 'article-title', fileName);
    var badge = el('span', 'badge');
    head.appendChild(name);
    head.appendChild(badge);
    var detail = el('p', 'meta');
    li.appendChild(head);
    li.appendChild(detail);
    list.insertBefore(li, list.firstChild);
    document.getElementById('upload-empty').hidden = true;
    return { li: li, name: name, badge: badge, detail: detail };
  }

  function linkTitle(view, id, title) {
    var link = el('a', 'article-title', title || view.name.textContent);
    link.href = '/ui/articles/' + encodeURIComponent(id);
    view.name.replaceWith(link);
    view.name = link;
  }

  function poll(view, id, started) {
    fetch('/articles/' + encodeURIComponent(id), { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (article) {
        if (article) {
          setBadge(view.badge, article.status);
          if (article.status === 'enriched') {
            linkTitle(view, id, article.title);
            view.detail.textContent = article.quotes.length + ' quote' + (article.quotes.length === 1 ? '' : 's')
              + ', ' + article.entities.length + ' entity mention' + (article.entities.length === 1 ? '' : 's');
            return;
          }
          if (article.status === 'failed') {
            linkTitle(view, id, article.title);
            view.detail.textContent = 'Failed: ' + (article.error || 'no reason given');
            return;
          }
          view.detail.textContent = 'Finding entities and quotes…';
        } else {
          view.detail.textContent = 'Accepted; waiting for the pipeline…';
        }
        if (Date.now() - started < GIVE_UP_MS) {
          setTimeout(function () { poll(view, id, started); }, POLL_MS);
        } else {
          view.detail.textContent = 'Still not enriched after 15 minutes; open the article later.';
        }
      })
      .catch(function () {
        setTimeout(function () { poll(view, id, started); }, POLL_MS * 3);
      });
  }

  function showOutcome(outcome) {
    var view = row(outcome.fileName || outcome.id || 'file');
    view.li.setAttribute('data-file-name', outcome.fileName || '');
    view.li.setAttribute('data-article-id', outcome.id || '');
    if (outcome.status === 'rejected' || !outcome.id) {
      setBadge(view.badge, 'failed');
      view.detail.textContent = 'Rejected: ' + ((outcome.problem && outcome.problem.detail) || 'no reason given');
      return;
    }
    setBadge(view.badge, outcome.status);
    view.detail.textContent = outcome.status === 'duplicate' ? 'Already ingested.' : 'Accepted.';
    poll(view, outcome.id, Date.now());
  }

  function showProblem(status, problem) {
    if (status === 401 || status === 403) {
      keyField.classList.add('needed');
      keyInput.focus();
      message.textContent = keyInput.value ? 'The ingest service refused this API key.'
        : 'The ingest service needs an API key: enter it and upload again.';
      return;
    }
    message.textContent = (problem && (problem.detail || problem.title)) || ('Upload failed (HTTP ' + status + ').');
    if (problem && Array.isArray(problem.files)) {
      problem.files.forEach(showOutcome);
    }
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var data = new FormData();
    var files = document.getElementById('upload-files').files;
    for (var i = 0; i < files.length; i++) {
      data.append('file', files[i], files[i].name);
    }
    var source = document.getElementById('upload-source').value.trim();
    if (source) { data.append('source', source); }
    var headers = { Accept: 'application/json' };
    if (keyInput.value.trim()) { headers['X-Api-Key'] = keyInput.value.trim(); }
    submit.disabled = true;
    message.textContent = 'Uploading ' + files.length + ' file' + (files.length === 1 ? '' : 's') + '…';
    fetch(form.action, { method: 'POST', body: data, headers: headers })
      .then(function (response) {
        return response.text().then(function (body) {
          var json = null;
          try { json = body ? JSON.parse(body) : null; } catch (e) { json = null; }
          if (response.ok && Array.isArray(json)) {
            message.textContent = 'Uploaded.';
            json.forEach(showOutcome);
            var key = keyInput.value;
            form.reset();
            keyInput.value = key;
          } else {
            showProblem(response.status, json);
          }
        });
      })
      .catch(function () {
        message.textContent = 'The upload did not reach the ingest service at ' + form.action + '. Is it running?';
      })
      .finally(function () { submit.disabled = false; });
  });
}());
