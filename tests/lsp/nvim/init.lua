-- Headless Neovim as a real LSP client for tests/lsp/nvim_test.cpp.
-- Environment: UNLINT_BIN (the unlint binary), UNLINT_DRAFT (the file to edit), UNLINT_OUT
-- (where the results go, as JSON), UNLINT_ENCODING ("utf-16" or "utf-8": the only position
-- encoding offered to the server).
-- Steps: attach `unlint lsp`, wait for diagnostics, record them (as the server sent them and as
-- Neovim placed them in the buffer), apply the quick fix at the first fixable diagnostic, wait
-- for the new diagnostics, apply "fix all", :write, record again, quit.
-- Works with Neovim 0.7 (Debian 12: vim.lsp.start_client) and later (vim.lsp.start).

local bin = os.getenv('UNLINT_BIN')
local draft = os.getenv('UNLINT_DRAFT')
local out = os.getenv('UNLINT_OUT')
local encoding = os.getenv('UNLINT_ENCODING') or 'utf-16'

local result = { steps = {} }
local done = false

local function finish(err)
  if done then return end
  done = true
  result.error = err
  vim.fn.writefile({ vim.fn.json_encode(result) }, out)
  vim.cmd('qall!')
end

local publishes = {}
local default_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
  table.insert(publishes, params)
  return default_publish(err, params, ctx, config)
end

local function wait_for(what, predicate)
  if not vim.wait(15000, predicate, 20) then error('timed out waiting for ' .. what) end
end

-- Neovim's own view: 0-based lines and byte columns, after its position-encoding conversion.
local function buffer_diagnostics(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(list, { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
                         code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) })
  end
  table.sort(list, function(a, b)
    if a.lnum ~= b.lnum then return a.lnum < b.lnum end
    if a.col ~= b.col then return a.col < b.col end
    return tostring(a.code) < tostring(b.code)
  end)
  return list
end

-- Runs vim.lsp.buf.code_action() and picks the first offered action of `kind`.
local function code_action(kind)
  local chosen = false
  local titles = {}
  vim.ui.select = function(items, _, on_choice)
    local pick
    for _, item in ipairs(items) do
      local action = item.action or item[2]  -- {ctx, action} from 0.8 on, {client_id, action} in 0.7
      table.insert(titles, action.kind .. ': ' .. action.title)
      if not pick and action.kind == kind then pick = item end
    end
    chosen = true
    on_choice(pick)
  end
  vim.lsp.buf.code_action()
  wait_for('code actions', function() return chosen end)
  return titles
end

local function main()
  vim.cmd('edit ' .. vim.fn.fnameescape(draft))
  local bufnr = vim.api.nvim_get_current_buf()
  local capabilities = vim.lsp.protocol.make_client_capabilities()
  capabilities.general = capabilities.general or {}
  capabilities.general.positionEncodings = { encoding }
  local config = {
    name = 'unlint',
    cmd = { bin, 'lsp' },
    root_dir = vim.fn.fnamemodify(draft, ':p:h'),
    capabilities = capabilities,
    offset_encoding = encoding,  -- Neovim 0.7 does not read the server's answer
  }
  local client_id
  if vim.lsp.start then
    client_id = vim.lsp.start(config)
  else
    client_id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(bufnr, client_id)
  end
  if not client_id then error('could not start unlint lsp') end

  wait_for('diagnostics', function() return #publishes >= 1 end)
  local client = vim.lsp.get_client_by_id(client_id)
  result.offset_encoding = client.offset_encoding
  result.nvim_version = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor)
  result.published = publishes[#publishes]
  result.buffer = buffer_diagnostics(bufnr)

  -- The quick fix at the first diagnostic that has one.
  local target
  for _, d in ipairs(result.buffer) do
    for _, lsp in ipairs(result.published.diagnostics) do
      if lsp.range.start.line == d.lnum and lsp.code == d.code and #lsp.data.fixes > 0 and not target then
        target = d
      end
    end
  end
  if not target then error('no fixable diagnostic') end
  result.quickfix_at = { target.lnum, target.col }
  vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
  local seen = #publishes
  result.quickfix_titles = code_action('quickfix')
  wait_for('diagnostics after the quick fix', function() return #publishes > seen end)
  -- Let any further change settle, then take the latest.
  vim.wait(400, function() return false end, 20)
  result.after_quickfix = {
    text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, true), '\n'),
    published = publishes[#publishes],
    buffer = buffer_diagnostics(bufnr),
  }

  seen = #publishes
  result.fixall_titles = code_action('source.fixAll.unlint')
  wait_for('diagnostics after fix all', function() return #publishes > seen end)
  vim.wait(400, function() return false end, 20)
  vim.cmd('write')
  result.after_fixall = { published = publishes[#publishes], buffer = buffer_diagnostics(bufnr) }
  finish(nil)
end

vim.api.nvim_create_autocmd('VimEnter', {
  once = true,
  callback = function()
    vim.defer_fn(function() finish('overall timeout') end, 60000)
    local ok, err = xpcall(main, debug.traceback)
    if not ok then finish(tostring(err)) end
  end,
})
