//! The shared statements (`crate::sql`) on a server: `?N` made `$N`, each statement prepared
//! once per connection, values converted to and from the column types the server names.

use std::collections::HashMap;

use postgres::GenericClient;
use postgres::types::private::BytesMut;
use postgres::types::{IsNull, ToSql, Type, to_sql_checked};
use rusqlite::types::{ToSqlOutput, Value, ValueRef};

use crate::error::server::Refusal;
use crate::error::{Error, Result};
use crate::messages::server::{self as words, Kind};
use crate::sql::{Sql, Values, numbered_dollars};

/// Prepared statements by their shared text; dropped with the connection they belong to.
#[derive(Default)]
pub struct Prepared(HashMap<String, postgres::Statement>);

/// A connection or transaction running the shared statements.
pub struct Pg<'a, C: GenericClient> {
    pub client: &'a mut C,
    pub prepared: &'a mut Prepared,
}

impl<C: GenericClient> Pg<'_, C> {
    fn statement(&mut self, sql: &str) -> Result<postgres::Statement> {
        if let Some(s) = self.prepared.0.get(sql) {
            return Ok(s.clone());
        }
        let s = self.client.prepare(&numbered_dollars(sql))?;
        self.prepared.0.insert(sql.to_string(), s.clone());
        Ok(s)
    }
}

fn params<'p>(params: &'p [&dyn rusqlite::ToSql]) -> Result<Vec<Param<'p>>> {
    params
        .iter()
        .map(|p| match p.to_sql()? {
            ToSqlOutput::Borrowed(v) => Ok(Param::Ref(v)),
            ToSqlOutput::Owned(v) => Ok(Param::Owned(v)),
            _ => Err(failed(&words::value_unfit(Kind::Other, ""))),
        })
        .collect()
}

fn failed(why: &str) -> Error {
    Error::Server(Refusal::Failed { why: why.into() })
}

impl<C: GenericClient> Sql for Pg<'_, C> {
    fn execute(&mut self, sql: &str, values: &[&dyn rusqlite::ToSql]) -> Result<usize> {
        let statement = self.statement(sql)?;
        let values = params(values)?;
        let refs: Vec<&(dyn ToSql + Sync)> = values.iter().map(|p| p as _).collect();
        let n = self.client.execute(&statement, &refs)?;
        Ok(usize::try_from(n).unwrap_or(usize::MAX))
    }

    fn each(
        &mut self,
        sql: &str,
        values: &[&dyn rusqlite::ToSql],
        each: &mut dyn FnMut(&crate::sql::Row<'_>) -> Result<std::ops::ControlFlow<()>>,
    ) -> Result<()> {
        use postgres::fallible_iterator::FallibleIterator;
        let statement = self.statement(sql)?;
        let values = params(values)?;
        let mut rows = self.client.query_raw(&statement, values.iter())?;
        let mut read = Values::default();
        while let Some(row) = rows.next()? {
            read.0.clear();
            for (i, column) in row.columns().iter().enumerate() {
                read.0.push(cell(&row, i, column.type_())?);
            }
            if each(&crate::sql::Row(&read))?.is_break() {
                break;
            }
        }
        Ok(())
    }
}

/// A cell as the ledger's values: whole numbers, reals, text, bytes or nothing.
fn cell(row: &postgres::Row, i: usize, ty: &Type) -> Result<Value> {
    let v = match *ty {
        Type::INT8 => row.try_get::<_, Option<i64>>(i)?.map(Value::Integer),
        Type::INT4 => row
            .try_get::<_, Option<i32>>(i)?
            .map(|n| Value::Integer(n.into())),
        Type::INT2 => row
            .try_get::<_, Option<i16>>(i)?
            .map(|n| Value::Integer(n.into())),
        Type::BOOL => row
            .try_get::<_, Option<bool>>(i)?
            .map(|b| Value::Integer(b.into())),
        Type::FLOAT8 => row.try_get::<_, Option<f64>>(i)?.map(Value::Real),
        Type::FLOAT4 => row
            .try_get::<_, Option<f32>>(i)?
            .map(|f| Value::Real(f.into())),
        Type::BYTEA => row.try_get::<_, Option<Vec<u8>>>(i)?.map(Value::Blob),
        Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN => {
            row.try_get::<_, Option<String>>(i)?.map(Value::Text)
        }
        _ => return Err(failed(&words::column_unread(ty.name()))),
    };
    Ok(v.unwrap_or(Value::Null))
}

/// A value handed to the server, encoded as the type the server wants in its place.
#[derive(Debug)]
enum Param<'a> {
    Ref(ValueRef<'a>),
    Owned(Value),
}

impl ToSql for Param<'_> {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut BytesMut,
    ) -> std::result::Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        let value = match self {
            Param::Ref(v) => *v,
            Param::Owned(v) => ValueRef::from(v),
        };
        let text = matches!(
            *ty,
            Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN
        );
        match value {
            ValueRef::Null => Ok(IsNull::Yes),
            ValueRef::Integer(n) => match *ty {
                Type::INT8 => n.to_sql(ty, out),
                Type::INT4 => i32::try_from(n)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(n)?.to_sql(ty, out),
                Type::FLOAT8 => (n as f64).to_sql(ty, out),
                Type::BOOL => (n != 0).to_sql(ty, out),
                _ if text => n.to_string().to_sql(ty, out),
                _ => Err(words::value_unfit(Kind::Whole, ty.name()).into()),
            },
            ValueRef::Real(f) => match *ty {
                Type::FLOAT8 => f.to_sql(ty, out),
                Type::FLOAT4 => (f as f32).to_sql(ty, out),
                _ if text => f.to_string().to_sql(ty, out),
                _ => Err(words::value_unfit(Kind::Real, ty.name()).into()),
            },
            ValueRef::Text(b) if text => std::str::from_utf8(b)?.to_sql(ty, out),
            ValueRef::Text(_) => Err(words::value_unfit(Kind::Text, ty.name()).into()),
            ValueRef::Blob(b) if *ty == Type::BYTEA => b.to_sql(ty, out),
            ValueRef::Blob(_) => Err(words::value_unfit(Kind::Bytes, ty.name()).into()),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    to_sql_checked!();
}
